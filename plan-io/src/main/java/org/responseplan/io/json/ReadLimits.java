package org.responseplan.io.json;

/**
 * Bounds on what the readers accept, so that a hostile or broken document gives a {@code json-limit} finding instead
 * of exhausting memory or time. The plan reader ({@link PlanReader}) and the importers' JSON readers (FTS, HPC) take
 * the same limits with the same meaning. The defaults suit plans of any real size; raise them for bulk data with the
 * {@code with...} methods, such as {@link #withMaxObjects(int)}.
 *
 * @param maxDocumentBytes the longest document, in bytes (default 64 MiB)
 * @param maxNestingDepth the deepest nesting of objects and arrays (default 200; a plan needs about 12)
 * @param maxStringLength the longest string, in characters (default 10,000,000)
 * @param maxNumberLength the longest number, in characters (default 1,000)
 * @param maxNameLength the longest member name, in characters (default 50,000)
 * @param maxExtensionLength the longest extension value kept, as compact JSON text in characters (default 10,000,000)
 * @param maxObjects the most JSON objects and arrays (each <code>{...}</code> and {@code [...]}) that the reader keeps
 *     from one document, which bounds the memory of what it builds (default 500,000: about 100 MB of model objects).
 *     The importers' readers keep every object and array of the document. The plan reader keeps the objects and
 *     arrays of the plan; an extension value is kept as text (bounded by {@code maxExtensionLength} instead) and a
 *     value dropped with a finding is not kept, so neither counts. The document with exactly {@code maxObjects}
 *     objects and arrays is read; one more gives a {@code json-limit} finding.
 * @param maxMembersPerObject the most members of one object (default 10,000; the largest object of a plan has a few
 *     dozen), counted as they are read, kept or not: an object with more gives a {@code json-limit} finding before it
 *     is held
 * @param maxMembers the most values read inside objects and arrays of one document (each object member and each
 *     array element counts once), in total (default 2,000,000), which bounds the memory of what is kept besides the
 *     objects, such as extension members, scalar values and the findings about them. As with {@code maxObjects}, the
 *     plan reader does not count inside an extension value (kept as text) nor inside a value dropped with a finding
 *
 * <p>Each limit is checked as the document is read: the reading stops at the first one exceeded, with a
 * {@code json-limit} finding naming the limit ({@code ReadLimits.maxMembers}) and the place.
 */
public record ReadLimits(long maxDocumentBytes, int maxNestingDepth, int maxStringLength, int maxNumberLength,
    int maxNameLength, int maxExtensionLength, int maxObjects, int maxMembersPerObject, int maxMembers) {

  /**
   * The most findings the plan reader reports on one document before it stops with a {@code json-limit} finding: a
   * document of millions of wrong values would otherwise fill memory with findings (about 300 bytes each).
   */
  public static final int MAX_FINDINGS = 100_000;

  /** The limits a reader applies unless it is given others: the defaults named above. */
  public static final ReadLimits DEFAULT =
      new ReadLimits(64L << 20, 200, 10_000_000, 1_000, 50_000, 10_000_000, 500_000, 10_000, 2_000_000);

  /**
   * Checks the limits.
   *
   * @param maxDocumentBytes the largest document, in bytes
   * @param maxNestingDepth the deepest nesting of objects and arrays
   * @param maxStringLength the longest string value, in characters
   * @param maxNumberLength the longest number, in characters
   * @param maxNameLength the longest member name, in characters
   * @param maxExtensionLength the longest extension value, in characters of its JSON text
   * @param maxObjects the most objects and arrays in one document
   * @param maxMembersPerObject the most members of one object
   * @param maxMembers the most values inside objects and arrays of one document, in total
   * @throws IllegalArgumentException when a limit is below 1
   */
  public ReadLimits {
    if (maxDocumentBytes < 1 || maxNestingDepth < 1 || maxStringLength < 1 || maxNumberLength < 1
        || maxNameLength < 1 || maxExtensionLength < 1 || maxObjects < 1 || maxMembersPerObject < 1
        || maxMembers < 1) {
      throw new IllegalArgumentException("every read limit must be at least 1");
    }
  }

  /**
   * These limits with another {@code maxDocumentBytes}.
   *
   * @param v the longest document, in bytes, at least 1
   * @return a copy with {@code maxDocumentBytes} set to {@code v}
   * @throws IllegalArgumentException when {@code v} is below 1
   */
  public ReadLimits withMaxDocumentBytes(long v) {
    return new ReadLimits(v, maxNestingDepth, maxStringLength, maxNumberLength, maxNameLength, maxExtensionLength,
        maxObjects, maxMembersPerObject, maxMembers);
  }

  /**
   * These limits with another {@code maxNestingDepth}.
   *
   * @param v the deepest nesting of objects and arrays, at least 1
   * @return a copy with {@code maxNestingDepth} set to {@code v}
   * @throws IllegalArgumentException when {@code v} is below 1
   */
  public ReadLimits withMaxNestingDepth(int v) {
    return new ReadLimits(maxDocumentBytes, v, maxStringLength, maxNumberLength, maxNameLength, maxExtensionLength,
        maxObjects, maxMembersPerObject, maxMembers);
  }

  /**
   * These limits with another {@code maxStringLength}.
   *
   * @param v the longest string, in characters, at least 1
   * @return a copy with {@code maxStringLength} set to {@code v}
   * @throws IllegalArgumentException when {@code v} is below 1
   */
  public ReadLimits withMaxStringLength(int v) {
    return new ReadLimits(maxDocumentBytes, maxNestingDepth, v, maxNumberLength, maxNameLength, maxExtensionLength,
        maxObjects, maxMembersPerObject, maxMembers);
  }

  /**
   * These limits with another {@code maxNumberLength}.
   *
   * @param v the longest number, in characters, at least 1
   * @return a copy with {@code maxNumberLength} set to {@code v}
   * @throws IllegalArgumentException when {@code v} is below 1
   */
  public ReadLimits withMaxNumberLength(int v) {
    return new ReadLimits(maxDocumentBytes, maxNestingDepth, maxStringLength, v, maxNameLength, maxExtensionLength,
        maxObjects, maxMembersPerObject, maxMembers);
  }

  /**
   * These limits with another {@code maxNameLength}.
   *
   * @param v the longest member name, in characters, at least 1
   * @return a copy with {@code maxNameLength} set to {@code v}
   * @throws IllegalArgumentException when {@code v} is below 1
   */
  public ReadLimits withMaxNameLength(int v) {
    return new ReadLimits(maxDocumentBytes, maxNestingDepth, maxStringLength, maxNumberLength, v, maxExtensionLength,
        maxObjects, maxMembersPerObject, maxMembers);
  }

  /**
   * These limits with another {@code maxExtensionLength}.
   *
   * @param v the longest extension value kept, in characters, at least 1
   * @return a copy with {@code maxExtensionLength} set to {@code v}
   * @throws IllegalArgumentException when {@code v} is below 1
   */
  public ReadLimits withMaxExtensionLength(int v) {
    return new ReadLimits(maxDocumentBytes, maxNestingDepth, maxStringLength, maxNumberLength, maxNameLength, v,
        maxObjects, maxMembersPerObject, maxMembers);
  }

  /**
   * These limits with another {@code maxObjects}.
   *
   * @param v the most objects and arrays kept from one document, at least 1
   * @return a copy with {@code maxObjects} set to {@code v}
   * @throws IllegalArgumentException when {@code v} is below 1
   */
  public ReadLimits withMaxObjects(int v) {
    return new ReadLimits(maxDocumentBytes, maxNestingDepth, maxStringLength, maxNumberLength, maxNameLength,
        maxExtensionLength, v, maxMembersPerObject, maxMembers);
  }

  /**
   * These limits with another {@code maxMembersPerObject}.
   *
   * @param v the most members of one object, at least 1
   * @return a copy with {@code maxMembersPerObject} set to {@code v}
   * @throws IllegalArgumentException when {@code v} is below 1
   */
  public ReadLimits withMaxMembersPerObject(int v) {
    return new ReadLimits(maxDocumentBytes, maxNestingDepth, maxStringLength, maxNumberLength, maxNameLength,
        maxExtensionLength, maxObjects, v, maxMembers);
  }

  /**
   * These limits with another {@code maxMembers}.
   *
   * @param v the most object members and array elements read from one document, at least 1
   * @return a copy with {@code maxMembers} set to {@code v}
   * @throws IllegalArgumentException when {@code v} is below 1
   */
  public ReadLimits withMaxMembers(int v) {
    return new ReadLimits(maxDocumentBytes, maxNestingDepth, maxStringLength, maxNumberLength, maxNameLength,
        maxExtensionLength, maxObjects, maxMembersPerObject, v);
  }
}
