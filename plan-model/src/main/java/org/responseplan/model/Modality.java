package org.responseplan.model;

import java.util.Optional;

/** How an activity delivers assistance; it matters for analysis (cash and in-kind are reported apart). */
public enum Modality {
  IN_KIND,
  /** Cash-based: vouchers, prepaid cards, multi-purpose cash, rental support. */
  CASH_OR_VOUCHER,
  SERVICE,
  CAPACITY_BUILDING,
  INFRASTRUCTURE,
  OTHER;

  /** The JSON form: {@code in-kind}, {@code cash-or-voucher}, {@code service}, ... */
  public String jsonName() {
    return JsonNames.of(this);
  }

  public static Optional<Modality> fromJsonName(String name) {
    return JsonNames.find(Modality.class, name);
  }
}
