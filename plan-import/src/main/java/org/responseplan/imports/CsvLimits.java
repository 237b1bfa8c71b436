package org.responseplan.imports;

/**
 * Bounds on what the CSV readers accept (the HXL reader and the HDX tables of the FTS reader), so that a hostile or
 * broken table gives a {@code csv-limit} finding instead of exhausting memory. The defaults suit tables of any real
 * size; change them with the {@code with...} methods and {@code HxlReader.withLimits}.
 *
 * <p>A limit that is hit ends the reading at the row that hit it: a {@code csv-limit} finding names the limit and the
 * line, the rows before it are kept and mapped. Lengths are counted in characters as read (for ASCII text one per
 * byte; a UTF-8 character of several bytes counts once), except in the byte-level 5W stream, which counts bytes.
 *
 * @param maxCellsPerRow the most cells in one row (default 10,000; a 5W table has a few dozen columns)
 * @param maxCellLength the longest cell, in characters (default 1,000,000)
 * @param maxRowLength the longest row, in characters, its separators and quoted line breaks included (default
 *     10,000,000)
 * @param hashtagRowSearch how many rows from the top are searched for the HXL hashtag row (default 25); a file
 *     without one among them gives an {@code unreadable} finding ("no HXL hashtag row in the first 25 rows")
 * @param maxHashtags the most valid hashtags in the hashtag row (default 2,000)
 * @param maxTableCells the most cells of the data rows that a reader holds in memory at once (default 2,000,000,
 *     about 100 MB): the tables read whole ({@code readTable}, people figures, indicator tables, the long 5W
 *     layout, the HDX tables). The streaming 5W readers hold a chunk of rows and are not bounded by it
 */
public record CsvLimits(int maxCellsPerRow, int maxCellLength, int maxRowLength, int hashtagRowSearch,
    int maxHashtags, long maxTableCells) {

  /** The limits a reader applies unless it is given others: the defaults named above. */
  public static final CsvLimits DEFAULT = new CsvLimits(10_000, 1_000_000, 10_000_000, 25, 2_000, 2_000_000);

  /**
   * Checks the limits.
   *
   * @param maxCellsPerRow the most cells in one row, at least 1
   * @param maxCellLength the longest cell, in characters, at least 1
   * @param maxRowLength the longest row, in characters (separators and quoted line breaks included), at least 1
   * @param hashtagRowSearch how many rows from the top are searched for the HXL hashtag row, at least 1
   * @param maxHashtags the most valid hashtags in the hashtag row, at least 1
   * @param maxTableCells the most cells of data rows a reader holds in memory at once, at least 1
   * @throws IllegalArgumentException when a limit is below 1
   */
  public CsvLimits {
    if (maxCellsPerRow < 1 || maxCellLength < 1 || maxRowLength < 1 || hashtagRowSearch < 1 || maxHashtags < 1
        || maxTableCells < 1) {
      throw new IllegalArgumentException("every CSV limit must be at least 1");
    }
  }

  /**
   * These limits with another {@code maxCellsPerRow}.
   *
   * @param v the most cells in one row, at least 1
   * @return a copy with {@code maxCellsPerRow} set to {@code v}
   * @throws IllegalArgumentException when {@code v} is below 1
   */
  public CsvLimits withMaxCellsPerRow(int v) {
    return new CsvLimits(v, maxCellLength, maxRowLength, hashtagRowSearch, maxHashtags, maxTableCells);
  }

  /**
   * These limits with another {@code maxCellLength}.
   *
   * @param v the longest cell, in characters, at least 1
   * @return a copy with {@code maxCellLength} set to {@code v}
   * @throws IllegalArgumentException when {@code v} is below 1
   */
  public CsvLimits withMaxCellLength(int v) {
    return new CsvLimits(maxCellsPerRow, v, maxRowLength, hashtagRowSearch, maxHashtags, maxTableCells);
  }

  /**
   * These limits with another {@code maxRowLength}.
   *
   * @param v the longest row, in characters, at least 1
   * @return a copy with {@code maxRowLength} set to {@code v}
   * @throws IllegalArgumentException when {@code v} is below 1
   */
  public CsvLimits withMaxRowLength(int v) {
    return new CsvLimits(maxCellsPerRow, maxCellLength, v, hashtagRowSearch, maxHashtags, maxTableCells);
  }

  /**
   * These limits with another {@code hashtagRowSearch}.
   *
   * @param v how many rows from the top are searched for the hashtag row, at least 1
   * @return a copy with {@code hashtagRowSearch} set to {@code v}
   * @throws IllegalArgumentException when {@code v} is below 1
   */
  public CsvLimits withHashtagRowSearch(int v) {
    return new CsvLimits(maxCellsPerRow, maxCellLength, maxRowLength, v, maxHashtags, maxTableCells);
  }

  /**
   * These limits with another {@code maxHashtags}.
   *
   * @param v the most valid hashtags in the hashtag row, at least 1
   * @return a copy with {@code maxHashtags} set to {@code v}
   * @throws IllegalArgumentException when {@code v} is below 1
   */
  public CsvLimits withMaxHashtags(int v) {
    return new CsvLimits(maxCellsPerRow, maxCellLength, maxRowLength, hashtagRowSearch, v, maxTableCells);
  }

  /**
   * These limits with another {@code maxTableCells}.
   *
   * @param v the most cells of data rows held in memory, at least 1
   * @return a copy with {@code maxTableCells} set to {@code v}
   * @throws IllegalArgumentException when {@code v} is below 1
   */
  public CsvLimits withMaxTableCells(long v) {
    return new CsvLimits(maxCellsPerRow, maxCellLength, maxRowLength, hashtagRowSearch, maxHashtags, v);
  }
}
