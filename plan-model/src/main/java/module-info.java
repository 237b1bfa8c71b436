/**
 * Response-plan value types, vocabularies and the plan validator.
 *
 * <p>No I/O and no JSON binding: a user who needs only the model takes this one small module.
 */
module org.responseplan.model {
  requires static org.immutables.value.annotations;
  requires static transitive org.jspecify;
  // Optional: Bean Validation users bring jakarta.validation and a provider; the model needs neither.
  requires static jakarta.validation;

  exports org.responseplan.model;
  exports org.responseplan.model.validation;

  // Bean validation providers read the constraint annotations reflectively.
  opens org.responseplan.model;
}
