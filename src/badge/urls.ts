// Where a repository's badge files live once published, and the markdown that shows them.

export interface BadgeUrls {
  /** raw.githubusercontent URL of the shields endpoint JSON on the badge branch. */
  endpointJson: string;
  /** shields.io rendering of that endpoint. */
  shields: string;
  /** raw.githubusercontent URL of the self-contained SVG. */
  svg: string;
  /** GitHub Pages address of the dashboard, once Pages serves the badge branch. */
  dashboard: string;
}

export function badgeUrls(repository: string, branch = 'ml-carbon'): BadgeUrls {
  const [owner = '', name = ''] = repository.split('/');
  const raw = `https://raw.githubusercontent.com/${owner}/${name}/${encodeURIComponent(branch)}`;
  const endpointJson = `${raw}/badge.json`;
  return {
    endpointJson,
    shields: `https://img.shields.io/endpoint?url=${encodeURIComponent(endpointJson)}`,
    svg: `${raw}/badge.svg`,
    dashboard: `https://${owner.toLowerCase()}.github.io/${name}/`,
  };
}
