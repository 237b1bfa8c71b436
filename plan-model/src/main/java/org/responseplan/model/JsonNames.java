package org.responseplan.model;

import java.util.Locale;
import java.util.Optional;

/** The lower-case, hyphenated JSON names of the model's enums ({@code CASH_OR_VOUCHER} is {@code cash-or-voucher}). */
final class JsonNames {
  private JsonNames() {}

  static String of(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  static <E extends Enum<E>> Optional<E> find(Class<E> type, String jsonName) {
    for (E constant : type.getEnumConstants()) {
      if (of(constant).equals(jsonName)) {
        return Optional.of(constant);
      }
    }
    return Optional.empty();
  }
}
