// The `yaml` package's syntax errors in words for people: what is wrong in the manifest and how to fix it, without
// the library's own advice ("please use YAML.parseAllDocuments()").
import type { YAMLError } from 'yaml';

export function describeYamlError(error: YAMLError, text: string): { message: string; hint?: string } {
  const first = (error.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '');
  switch (error.code) {
    case 'DUPLICATE_KEY': {
      const key = /^\s*["']?([^:"'\n]*?)["']?\s*:/.exec(text.slice(error.pos[0]))?.[1]?.trim();
      return {
        message: key ? `duplicate key "${key}"` : 'duplicate key',
        hint: 'a key may appear once in each block: remove one of them, or merge their values',
      };
    }
    case 'MULTIPLE_DOCS':
      return {
        message: 'the file holds several YAML documents (separated by "---"); a manifest is one document',
        hint: 'put every run in one runs: list, or write one manifest file per project',
      };
    case 'TAB_AS_INDENT':
      return { message: 'a tab is used to indent', hint: 'YAML indents with spaces: replace the tabs with spaces' };
    case 'BAD_INDENT':
    case 'MISSING_CHAR':
    case 'UNEXPECTED_TOKEN':
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'MULTILINE_IMPLICIT_KEY':
      return {
        message: `YAML syntax: ${first}`,
        hint: 'check the indentation and the ":" after each key on this line and the one above',
      };
    default:
      return { message: `YAML syntax: ${first}` };
  }
}
