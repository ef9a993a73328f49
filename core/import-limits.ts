// Bounds that keep one file from taking the server down (zip bombs, a
// sheet of two million rows, a film renamed to .csv). Configurable through
// db/config.ts; a basic because the config, the import and the web upload
// all read them.
export interface ImportLimits {
  /** Largest upload the web accepts. The command line reads local files of any size. */
  maxUploadBytes: number;
  /** Largest total a workbook may unpack to. */
  maxUnpackedBytes: number;
  /** Most rows one sheet or CSV file may have. */
  maxRows: number;
}

export const MB = 1024 * 1024;

export const DEFAULT_IMPORT_LIMITS: ImportLimits = {
  maxUploadBytes: 50 * MB,
  maxUnpackedBytes: 1024 * MB,
  maxRows: 2_000_000,
};
