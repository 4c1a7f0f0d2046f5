// A React 19 page with Care Widgets: the elements are plain JSX tags, typed by care-widgets/jsx.
import 'care-widgets';
import type {} from 'care-widgets/jsx';
import { useState } from 'react';

export function App({ feed }: { feed: string }) {
  const [search, setSearch] = useState('');
  return (
    <main>
      <care-awareness-banner src={feed} interval={8}></care-awareness-banner>
      <care-session-finder
        src={feed}
        days-ahead={28}
        oncare-filter-change={(event) => setSearch(event.detail.filters.query ?? '')}
      ></care-session-finder>
      <p id="react-search">{search ? `Searching for ${search}` : 'No search yet'}</p>
    </main>
  );
}

// @ts-expect-error: days-ahead is a number of days, so a typo is caught before the page is built.
export const caught = <care-session-finder days-ahead="soon"></care-session-finder>;
