package org.responseplan.io.json;

/**
 * Bounds on what the reader accepts, so that a hostile or broken document gives a {@code json-limit} finding instead
 * of exhausting memory or time. The defaults suit plans of any real size; raise them with {@link #with...} methods
 * for bulk data.
 *
 * @param maxDocumentBytes the longest document, in bytes (default 64 MiB)
 * @param maxNestingDepth the deepest nesting of objects and arrays (default 200; a plan needs about 12)
 * @param maxStringLength the longest string, in characters (default 10,000,000)
 * @param maxNumberLength the longest number, in characters (default 1,000)
 * @param maxNameLength the longest member name, in characters (default 50,000)
 * @param maxExtensionLength the longest extension value kept, as compact JSON text in characters (default 10,000,000)
 * @param maxObjects the most objects one document may hold, which bounds the memory of the plan built from it
 *     (default 500,000: about 100 MB of model objects)
 */
public record ReadLimits(long maxDocumentBytes, int maxNestingDepth, int maxStringLength, int maxNumberLength,
    int maxNameLength, int maxExtensionLength, int maxObjects) {

  public static final ReadLimits DEFAULT =
      new ReadLimits(64L << 20, 200, 10_000_000, 1_000, 50_000, 10_000_000, 500_000);

  public ReadLimits {
    if (maxDocumentBytes < 1 || maxNestingDepth < 1 || maxStringLength < 1 || maxNumberLength < 1
        || maxNameLength < 1 || maxExtensionLength < 1 || maxObjects < 1) {
      throw new IllegalArgumentException("every read limit must be at least 1");
    }
  }

  public ReadLimits withMaxDocumentBytes(long v) {
    return new ReadLimits(v, maxNestingDepth, maxStringLength, maxNumberLength, maxNameLength, maxExtensionLength,
        maxObjects);
  }

  public ReadLimits withMaxNestingDepth(int v) {
    return new ReadLimits(maxDocumentBytes, v, maxStringLength, maxNumberLength, maxNameLength, maxExtensionLength,
        maxObjects);
  }

  public ReadLimits withMaxStringLength(int v) {
    return new ReadLimits(maxDocumentBytes, maxNestingDepth, v, maxNumberLength, maxNameLength, maxExtensionLength,
        maxObjects);
  }

  public ReadLimits withMaxNumberLength(int v) {
    return new ReadLimits(maxDocumentBytes, maxNestingDepth, maxStringLength, v, maxNameLength, maxExtensionLength,
        maxObjects);
  }

  public ReadLimits withMaxExtensionLength(int v) {
    return new ReadLimits(maxDocumentBytes, maxNestingDepth, maxStringLength, maxNumberLength, maxNameLength, v,
        maxObjects);
  }

  public ReadLimits withMaxObjects(int v) {
    return new ReadLimits(maxDocumentBytes, maxNestingDepth, maxStringLength, maxNumberLength, maxNameLength,
        maxExtensionLength, v);
  }
}
