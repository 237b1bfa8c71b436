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

  /** {@return the vocabulary's identifier, such as {@code iasc-cluster}; never blank} */
  @NotBlank
  public abstract String getVocabulary();

  /** {@return the code within the vocabulary, such as {@code HEA}; never blank} */
  @NotBlank
  public abstract String getCode();

  /**
   * {@return a display name given with the code; empty when not given, and then {@link Vocabularies#displayName(Code)}
   * uses the vocabulary's own name}
   */
  public abstract Optional<String> getName();

  /**
   * A code without a display name of its own.
   *
   * @param vocabulary the vocabulary's identifier, such as {@code iasc-cluster}
   * @param code the code within it, such as {@code HEA}
   * @return the code
   * @throws InvalidPlanException when either is blank ({@code required-field})
   */
  public static Code of(String vocabulary, String code) {
    return builder().vocabulary(vocabulary).code(code).build();
  }

  /**
   * A code with a display name.
   *
   * @param vocabulary the vocabulary's identifier, such as {@code iasc-cluster}
   * @param code the code within it, such as {@code HEA}
   * @param name the display name, such as {@code Health}
   * @return the code
   * @throws InvalidPlanException when the vocabulary or the code is blank ({@code required-field})
   */
  public static Code of(String vocabulary, String code, String name) {
    return builder().vocabulary(vocabulary).code(code).name(name).build();
  }

  /**
   * Starts building a code.
   *
   * @return a new, empty builder; {@code build()} throws {@link InvalidPlanException} ({@code required-field}) when the
   *     vocabulary or the code is not set, or naming the rule a value breaks
   */
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
