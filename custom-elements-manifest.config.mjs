/**
 * The analyzer lists every entry of a Lit `static properties` object as an
 * attribute, including internal state (`{ state: true }`, which Lit never
 * turns into an attribute). Pages depend on the manifest's attributes, so
 * only public fields stay listed.
 */
function publicAttributesOnly() {
  return {
    name: 'care-widgets:public-attributes-only',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        for (const declaration of mod.declarations ?? []) {
          if (!declaration.attributes) continue;
          const privacy = new Map((declaration.members ?? []).map((m) => [m.name, m.privacy]));
          declaration.attributes = declaration.attributes.filter((a) => !a.fieldName || !['private', 'protected'].includes(privacy.get(a.fieldName)));
        }
      }
    },
  };
}

export default { plugins: [publicAttributesOnly()] };
