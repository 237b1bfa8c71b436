package org.responseplan.model;

import jakarta.validation.constraints.NotBlank;
import java.util.Map;
import org.immutables.value.Value;

/**
 * A named set of codes with their display names, declared by a plan for codes of its own (a plan's own sectors, a
 * national list of population groups). The built-in vocabularies are in {@link Vocabularies}.
 */
@Value.Immutable
public abstract class Vocabulary implements Extensible {
  Vocabulary() {}

  /** {@return the vocabulary's identifier, the part of a code before the colon ({@code iasc-cluster}); never blank} */
  @NotBlank
  public abstract String getId();

  /** {@return the vocabulary's display name, such as {@code IASC clusters}; never blank} */
  @NotBlank
  public abstract String getName();

  /**
   * Code to display name, in declaration order.
   *
   * @return the codes; an empty map declares an open vocabulary, in which any code is accepted
   */
  public abstract Map<String, String> getCodes();

  /** {@return members the model has no field for, by JSON name, in order; empty when there are none} */
  @Override
  public abstract Map<String, RawJson> getExtensions();

  /** {@return true when the vocabulary lists no codes and so accepts any} */
  public boolean isOpen() {
    return getCodes().isEmpty();
  }

  /**
   * Whether a code belongs to this vocabulary.
   *
   * @param code the code within the vocabulary, such as {@code HEA} (case-sensitive)
   * @return true when listed, or when the vocabulary is open
   */
  public boolean contains(String code) {
    return isOpen() || getCodes().containsKey(code);
  }

  /**
   * Starts building a vocabulary.
   *
   * @return a new, empty builder; {@code build()} throws {@link InvalidPlanException} ({@code required-field}) when the
   *     id or the name is not set, or naming the rule a value breaks
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Vocabulary}; obtained from {@link #builder()}. */
  public static final class Builder extends ImmutableVocabulary.Builder {
    Builder() {}
  }
}
