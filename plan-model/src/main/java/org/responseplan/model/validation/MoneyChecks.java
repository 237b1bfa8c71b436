package org.responseplan.model.validation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.responseplan.model.Contribution;
import org.responseplan.model.Funding;
import org.responseplan.model.Money;

/** Rules on money: {@code mixed-currency}, {@code requirements-exceed-parent}, {@code contributions-exceed-total}. */
final class MoneyChecks {
  private MoneyChecks() {}

  /** {@code mixed-currency}: every amount in a plan uses the currency of the first amount. */
  static void currency(Context c, Pointer owner, String field, Money m) {
    Context.FirstAmount first = c.firstAmount;
    if (first == null) {
      c.firstAmount = new Context.FirstAmount(m.currency(), owner.with(field));
    } else if (!first.currency().equals(m.currency())) {
      c.report(Rule.MIXED_CURRENCY, owner.with(field + "/currency"), m.currency(), first.currency(), first.path());
    }
  }

  /**
   * {@code requirements-exceed-parent}: the requirements of the parts (objectives, sectors, activities) add up to
   * no more than the parent's (at {@code owner/requirements}). Parts in another currency are left to
   * {@code mixed-currency}.
   */
  static <T> void partsWithinParent(Context c, Pointer owner, Optional<Money> parent, List<T> parts,
      Function<T, Optional<Money>> requirements, Phrase partsName) {
    if (parent.isEmpty()) {
      return;
    }
    BigDecimal sum = BigDecimal.ZERO;
    boolean any = false;
    for (T t : parts) {
      Optional<Money> part = requirements.apply(t);
      if (part.isPresent() && part.get().currency().equals(parent.get().currency())) {
        sum = sum.add(part.get().amount());
        any = true;
      }
    }
    if (any && sum.compareTo(parent.get().amount()) > 0) {
      c.report(Rule.REQUIREMENTS_EXCEED_PARENT, owner.with("/requirements"), parent.get(),
          new Money(sum, parent.get().currency()), partsName);
    }
  }

  /** {@code contributions-exceed-total}: listed contributions add up to no more than the published total. */
  static void contributionsWithinTotal(Context c, Pointer path, Funding f) {
    if (f.getTotal().isEmpty() || f.getContributions().isEmpty()) {
      return;
    }
    Money total = f.getTotal().get();
    BigDecimal sum = BigDecimal.ZERO;
    for (Contribution k : f.getContributions()) {
      if (k.getAmount().currency().equals(total.currency())) {
        sum = sum.add(k.getAmount().amount());
      }
    }
    if (sum.compareTo(total.amount()) > 0) {
      c.report(Rule.CONTRIBUTIONS_EXCEED_TOTAL, path.with("/total"), total, new Money(sum, total.currency()));
    }
  }
}
