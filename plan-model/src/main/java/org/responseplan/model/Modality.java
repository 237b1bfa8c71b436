package org.responseplan.model;

import java.util.Optional;

/** How an activity delivers assistance; it matters for analysis (cash and in-kind are reported apart). */
public enum Modality {
  /** Goods delivered as such: food, kits, shelter materials. */
  IN_KIND,
  /** Cash-based: vouchers, prepaid cards, multi-purpose cash, rental support. */
  CASH_OR_VOUCHER,
  /** Services such as health care, education or protection case work. */
  SERVICE,
  /** Training and support of local actors and authorities. */
  CAPACITY_BUILDING,
  /** Building or repairing facilities: water points, schools, clinics. */
  INFRASTRUCTURE,
  /** Any other way, or not stated. */
  OTHER;

  /** {@return the JSON form: {@code in-kind}, {@code cash-or-voucher}, {@code service}, ...} */
  public String jsonName() {
    return JsonNames.of(this);
  }

  /**
   * The constant of a JSON form.
   *
   * @param name the JSON form, such as {@code in-kind} (case-sensitive)
   * @return the constant; empty when {@code name} is not one of the JSON forms
   */
  public static Optional<Modality> fromJsonName(String name) {
    return JsonNames.find(Modality.class, name);
  }
}
