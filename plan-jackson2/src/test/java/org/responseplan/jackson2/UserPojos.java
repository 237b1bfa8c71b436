package org.responseplan.jackson2;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.responseplan.model.Money;
import org.responseplan.model.Objective;
import org.responseplan.model.Plan;

/**
 * An application's own Jackson 2 types that hold model values. Public, in an exported package: the tests run on the
 * module path, where Jackson may only use what the module exports; Jackson 2 also looks at the private fields of
 * classes built through a creator, so the pom opens this package to it for the tests, as an application's module
 * would with {@code opens}.
 */
public final class UserPojos {
  private UserPojos() {}

  /** A bean with getters and setters. */
  public static final class Envelope {
    private @Nullable String source;
    private @Nullable Plan plan;

    public Envelope() {
      // for Jackson
    }

    public @Nullable String getSource() {
      return source;
    }

    public void setSource(@Nullable String source) {
      this.source = source;
    }

    public @Nullable Plan getPlan() {
      return plan;
    }

    public void setPlan(@Nullable Plan plan) {
      this.plan = plan;
    }
  }

  /** An immutable class built through a {@code @JsonCreator}. */
  public static final class Submission {
    private final String agency;
    private final Plan plan;
    private final List<Objective> highlights;

    @JsonCreator
    public Submission(@JsonProperty("agency") String agency, @JsonProperty("plan") Plan plan,
        @JsonProperty("highlights") List<Objective> highlights) {
      this.agency = agency;
      this.plan = plan;
      this.highlights = List.copyOf(highlights);
    }

    public String getAgency() {
      return agency;
    }

    public Plan getPlan() {
      return plan;
    }

    public List<Objective> getHighlights() {
      return highlights;
    }

    @Override
    public boolean equals(@Nullable Object o) {
      return o instanceof Submission s && agency.equals(s.agency) && plan.equals(s.plan)
          && highlights.equals(s.highlights);
    }

    @Override
    public int hashCode() {
      return Objects.hash(agency, plan, highlights);
    }
  }

  /** A user's own polymorphic type; with the type id last, Jackson buffers the value before reading it. */
  @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "kind")
  @JsonSubTypes(@JsonSubTypes.Type(value = Pledge.class, name = "pledge"))
  public interface Message {}

  public static final class Pledge implements Message {
    private final Money amount;

    @JsonCreator
    public Pledge(@JsonProperty("amount") Money amount) {
      this.amount = amount;
    }

    public Money getAmount() {
      return amount;
    }
  }
}
