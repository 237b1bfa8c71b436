package org.responseplan.model;

import jakarta.validation.constraints.NotBlank;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A code within a named vocabulary: a sector ({@code iasc-cluster}/{@code HEA}), an IOM activity area, a population
 * group ({@code population-group}/{@code refugees}), a plan type. Codes are open sets: a plan may declare vocabularies
 * of its own (see {@link Vocabulary}); {@link Vocabularies} lists the ones built in.
 */
@Value.Immutable
public abstract class Code {
  Code() {}

  /** The vocabulary's identifier, such as {@code iasc-cluster}. */
  @NotBlank
  public abstract String getVocabulary();

  /** The code within the vocabulary, such as {@code HEA}. */
  @NotBlank
  public abstract String getCode();

  /** A display name; when absent, the vocabulary's own name for the code is used. */
  public abstract Optional<String> getName();

  public static Code of(String vocabulary, String code) {
    return builder().vocabulary(vocabulary).code(code).build();
  }

  public static Code of(String vocabulary, String code, String name) {
    return builder().vocabulary(vocabulary).code(code).name(name).build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Code}; obtained from {@link #builder()}. */
  public static final class Builder extends ImmutableCode.Builder {
    Builder() {}
  }

  @Override
  public String toString() {
    return getVocabulary() + ":" + getCode();
  }
}
