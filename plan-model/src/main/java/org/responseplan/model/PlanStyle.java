package org.responseplan.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables configuration of the model, applied to the whole package in {@code package-info.java}.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    // Bean-style accessors (getName()) so that any Jakarta Validation provider sees the constraints on them;
    // the attribute, builder method and JSON field names drop the prefix (name, title, inNeed, ...).
    get = {"get*", "is*"},
    // Generated classes are package-private: users only ever see the abstract type and its Builder.
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    // build() and the with*() methods are declared to return the abstract type, never ImmutableX.
    overshadowImplementation = true,
    // No Guava or other runtime dependency in generated code.
    jdkOnly = true,
    // Invalid state (a missing required attribute) fails with the library's own exception.
    throwForInvalidImmutableState = InvalidPlanException.class,
    // with*() copy methods on every value.
    defaults = @Value.Immutable(copy = true),
    // Builders accept an Optional or a plain value for optional attributes.
    optionalAcceptNullable = true,
    // No @Generated annotation from the class path on generated classes: users compiling against the model would
    // otherwise see warnings about an annotation type they do not have.
    allowedClasspathAnnotations = {Override.class})
public @interface PlanStyle {}
