package org.responseplan.model;

import java.util.List;
import org.responseplan.model.validation.PlanValidator;
import org.responseplan.model.validation.Rule;
import org.responseplan.model.validation.ValidationReport;

/**
 * Run by {@link NoBeanValidationTest} in a JVM without jakarta.validation: builds and validates plans and reads the
 * annotations of a constrained getter, printing what it found, one fact per line.
 */
public final class WithoutBeanValidation {
  private WithoutBeanValidation() {}

  public static void main(String[] args) throws ReflectiveOperationException {
    try {
      Class.forName("jakarta.validation.Valid");
      System.out.println("jakarta.validation present");
    } catch (ClassNotFoundException expected) {
      System.out.println("jakarta.validation absent");
    }
    ValidationReport valid = PlanValidator.create().validate(TestPlans.plan());
    System.out.println("valid plan findings: " + valid.findings().size());
    Plan badCountry = TestPlans.planBuilder().operationalPresence(List.of(Location.country("co"))).build();
    ValidationReport bad = PlanValidator.create().validate(badCountry);
    System.out.println("lower-case country: " + bad.has(Rule.INVALID_COUNTRY));
    // The constraint annotation of a type that is not there is left out, not an error.
    System.out.println("annotations on Location.getCountry: "
        + Location.class.getMethod("getCountry").getAnnotations().length);
    System.out.println("plan read back: " + Plan.builder().from(TestPlans.plan()).build().equals(TestPlans.plan()));
  }
}
