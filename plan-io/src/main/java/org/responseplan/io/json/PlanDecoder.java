package org.responseplan.io.json;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.OptionalLong;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.responseplan.model.Activity;
import org.responseplan.model.AgeBand;
import org.responseplan.model.AggregationRule;
import org.responseplan.model.Code;
import org.responseplan.model.Contribution;
import org.responseplan.model.ContributionStatus;
import org.responseplan.model.Funding;
import org.responseplan.model.Indicator;
import org.responseplan.model.InvalidPlanException;
import org.responseplan.model.Location;
import org.responseplan.model.Measurement;
import org.responseplan.model.Modality;
import org.responseplan.model.Money;
import org.responseplan.model.Objective;
import org.responseplan.model.PeopleCell;
import org.responseplan.model.PeopleCounts;
import org.responseplan.model.PeopleFigures;
import org.responseplan.model.PeopleMetric;
import org.responseplan.model.Period;
import org.responseplan.model.Plan;
import org.responseplan.model.RawJson;
import org.responseplan.model.Sector;
import org.responseplan.model.Sex;
import org.responseplan.model.Vocabulary;
import org.responseplan.model.validation.Finding;
import org.responseplan.model.validation.JsonPointer;
import org.responseplan.model.validation.Rule;
import org.responseplan.model.validation.Severity;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;

/**
 * Reads one plan document from a streaming parser into the model, recording a finding for every problem and going on
 * after it: a value of the wrong type is skipped, a member that cannot be built leaves its object out, and when any
 * error was found no plan is returned. Syntax errors and read limits end the reading (the parser cannot go on).
 *
 * <p>One instance reads one document; {@link PlanReader} creates it.
 */
final class PlanDecoder {
  private final JsonParser p;
  private final JsonFactory factory;
  private final boolean strict;
  private final Locale locale;
  private final int maxExtensionLength;
  private final int maxObjects;
  private final List<Finding> findings = new ArrayList<>();
  private int errors;
  /** Objects and arrays kept so far, against {@link ReadLimits#maxObjects()}. */
  private int containers;

  PlanDecoder(JsonParser parser, JsonFactory factory, boolean strict, Locale locale, ReadLimits limits) {
    this.p = parser;
    this.factory = factory;
    this.strict = strict;
    this.locale = locale;
    this.maxExtensionLength = limits.maxExtensionLength();
    this.maxObjects = limits.maxObjects();
  }

  /**
   * Ends the reading when a document holds more objects and arrays than {@link ReadLimits#maxObjects()} allows (it
   * bounds the memory used). Counted: the objects and arrays the decoder builds values from; not counted: extension
   * values (kept as text, bounded by their length) and values skipped with a finding.
   */
  static final class TooManyObjects extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final transient TokenStreamLocation at;

    TooManyObjects(String message, TokenStreamLocation at) {
      super(message, null, false, false);
      this.at = at;
    }
  }

  List<Finding> findings() {
    return findings;
  }

  /** Where the parser is now: for failures that carry no location of their own. */
  TokenStreamLocation location() {
    return p.currentLocation();
  }

  /** Reads the document's root value; the parser must not have read a token yet. */
  @Nullable Plan readDocument() {
    return readDocument(Plan.class);
  }

  /** Reads a whole document holding one value of {@code type}; the parser must not have read a token yet. */
  <T> @Nullable T readDocument(Class<T> type) {
    if (p.nextToken() == null) {
      report(Rule.JSON_SYNTAX, "", "the document is empty", p.currentTokenLocation());
      return null;
    }
    T value = readCurrent(type);
    JsonToken trailing = p.nextToken();
    if (trailing != null) {
      report(Rule.JSON_SYNTAX, "", "content after the end of the value", p.currentTokenLocation());
      return null;
    }
    return value;
  }

  /** Reads the value of {@code type} at the parser's current token; null when it had any error. */
  <T> @Nullable T readCurrent(Class<T> type) {
    Object value = value(type, "");
    return errors == 0 ? type.cast(value) : null;
  }

  private @Nullable Object value(Class<?> type, String path) {
    if (type == Plan.class) {
      return plan(path);
    } else if (type == Objective.class) {
      return objective(path);
    } else if (type == Sector.class) {
      return sector(path);
    } else if (type == Activity.class) {
      return activity(path);
    } else if (type == PeopleFigures.class) {
      return people(path);
    } else if (type == PeopleCell.class) {
      return cell(path);
    } else if (type == Funding.class) {
      return funding(path);
    } else if (type == Contribution.class) {
      return contribution(path);
    } else if (type == Indicator.class) {
      return indicator(path);
    } else if (type == Measurement.class) {
      return measurement(path);
    } else if (type == Vocabulary.class) {
      return vocabulary(path);
    } else if (type == Location.class) {
      return location(path);
    } else if (type == Code.class) {
      return code(path);
    } else if (type == Money.class) {
      return money(path);
    } else if (type == Period.class) {
      return period(path);
    }
    throw new IllegalArgumentException("the plan format has no value of type " + type.getName()
        + "; the types are " + PlanJson.VALUE_TYPES);
  }

  // ---- the types of the format, in the order of docs/json-format.md ----

  private @Nullable Plan plan(String path) {
    Plan.Builder b = Plan.builder();
    Map<String, RawJson> ext = new LinkedHashMap<>();
    return object(path, ext, List.of("id", "name"), (name, fp) -> switch (name) {
      case "id" -> set(string(fp), b::id);
      case "code" -> set(string(fp), b::code);
      case "name" -> set(string(fp), b::name);
      case "planType" -> set(code(fp), b::planType);
      case "appealingOrganisations" -> set(list(fp, this::string), b::addAllAppealingOrganisations);
      case "period" -> set(period(fp), b::period);
      case "lastUpdated" -> set(date(fp), b::lastUpdated);
      case "figuresAsOf" -> set(date(fp), b::figuresAsOf);
      case "vision" -> set(string(fp), b::vision);
      case "operationalPresence" -> set(list(fp, this::location), b::addAllOperationalPresence);
      case "requirements" -> set(money(fp), b::requirements);
      case "people" -> set(people(fp), b::people);
      case "funding" -> set(funding(fp), b::funding);
      case "objectives" -> set(list(fp, this::objective), b::addAllObjectives);
      case "sectors" -> set(list(fp, this::sector), b::addAllSectors);
      case "indicators" -> set(list(fp, this::indicator), b::addAllIndicators);
      case "donors" -> set(list(fp, this::string), b::addAllDonors);
      case "vocabularies" -> set(list(fp, this::vocabulary), b::addAllVocabularies);
      default -> false;
    }, () -> b.putAllExtensions(ext).build());
  }

  private @Nullable Objective objective(String path) {
    Objective.Builder b = Objective.builder();
    Map<String, RawJson> ext = new LinkedHashMap<>();
    return object(path, ext, List.of("id", "title"), (name, fp) -> switch (name) {
      case "id" -> set(string(fp), b::id);
      case "title" -> set(string(fp), b::title);
      case "description" -> set(string(fp), b::description);
      case "targetGroups" -> set(list(fp, this::code), b::addAllTargetGroups);
      case "requirements" -> set(money(fp), b::requirements);
      case "funding" -> set(funding(fp), b::funding);
      case "people" -> set(people(fp), b::people);
      case "sectors" -> set(list(fp, this::sector), b::addAllSectors);
      case "indicators" -> set(list(fp, this::indicator), b::addAllIndicators);
      default -> false;
    }, () -> b.putAllExtensions(ext).build());
  }

  private @Nullable Sector sector(String path) {
    Sector.Builder b = Sector.builder();
    Map<String, RawJson> ext = new LinkedHashMap<>();
    return object(path, ext, List.of("id", "code"), (name, fp) -> switch (name) {
      case "id" -> set(string(fp), b::id);
      case "code" -> set(code(fp), b::code);
      case "description" -> set(string(fp), b::description);
      case "activities" -> set(list(fp, this::activity), b::addAllActivities);
      case "requirements" -> set(money(fp), b::requirements);
      case "funding" -> set(funding(fp), b::funding);
      case "people" -> set(people(fp), b::people);
      case "planTypes" -> set(list(fp, this::code), b::addAllPlanTypes);
      case "indicators" -> set(list(fp, this::indicator), b::addAllIndicators);
      default -> false;
    }, () -> b.putAllExtensions(ext).build());
  }

  private @Nullable Activity activity(String path) {
    Activity.Builder b = Activity.builder();
    Map<String, RawJson> ext = new LinkedHashMap<>();
    return object(path, ext, List.of("id", "description"), (name, fp) -> switch (name) {
      case "id" -> set(string(fp), b::id);
      case "description" -> set(string(fp), b::description);
      case "modalities" -> set(list(fp, ep -> named(ep, Modality::fromJsonName,
          "one of in-kind, cash-or-voucher, service, capacity-building, infrastructure, other")),
          b::addAllModalities);
      case "requirements" -> set(money(fp), b::requirements);
      case "people" -> set(people(fp), b::people);
      default -> false;
    }, () -> b.putAllExtensions(ext).build());
  }

  private @Nullable PeopleFigures people(String path) {
    PeopleFigures.Builder b = PeopleFigures.builder();
    Map<String, RawJson> ext = new LinkedHashMap<>();
    Counts counts = new Counts();
    return object(path, ext, List.of(), (name, fp) -> switch (name) {
      case "labels" -> set(labels(fp), b::putAllLabels);
      case "breakdown" -> set(list(fp, this::cell), b::addAllBreakdown);
      default -> counts.member(name, fp);
    }, () -> b.from(counts).putAllExtensions(ext).build());
  }

  /**
   * A people object's {@code labels}: figure name to text. Any other name is an {@code unknown-field} error in
   * lenient reading too, so that a misspelt figure never drops what the plan says.
   */
  private @Nullable Map<PeopleMetric, String> labels(String path) {
    Map<PeopleMetric, String> labels = new LinkedHashMap<>();
    return object(path, null, List.of(), (name, fp) -> {
      Optional<PeopleMetric> m = PeopleMetric.fromJsonName(name);
      if (m.isEmpty()) {
        report(Rule.UNKNOWN_FIELD, fp, name, p.currentTokenLocation());
        p.skipChildren();
        return true;
      }
      return set(string(fp), v -> labels.put(m.get(), v));
    }, () -> labels);
  }

  private @Nullable PeopleCell cell(String path) {
    PeopleCell.Builder b = PeopleCell.builder();
    Map<String, RawJson> ext = new LinkedHashMap<>();
    Counts counts = new Counts();
    return object(path, ext, List.of(), (name, fp) -> switch (name) {
      case "sex" -> set(named(fp, Sex::fromJsonName, "one of female, male, other"), b::sex);
      case "ageBand" -> set(ageBand(fp), b::ageBand);
      case "populationGroup" -> set(code(fp), b::populationGroup);
      case "location" -> set(location(fp), b::location);
      default -> counts.member(name, fp);
    }, () -> b.from(counts).putAllExtensions(ext).build());
  }

  private @Nullable Funding funding(String path) {
    Funding.Builder b = Funding.builder();
    Map<String, RawJson> ext = new LinkedHashMap<>();
    return object(path, ext, List.of(), (name, fp) -> switch (name) {
      case "total" -> set(money(fp), b::total);
      case "contributions" -> set(list(fp, this::contribution), b::addAllContributions);
      default -> false;
    }, () -> b.putAllExtensions(ext).build());
  }

  private @Nullable Contribution contribution(String path) {
    Contribution.Builder b = Contribution.builder();
    Map<String, RawJson> ext = new LinkedHashMap<>();
    return object(path, ext, List.of("donor", "amount"), (name, fp) -> switch (name) {
      case "donor" -> set(string(fp), b::donor);
      case "amount" -> set(money(fp), b::amount);
      case "date" -> set(date(fp), b::date);
      case "status" -> set(named(fp, ContributionStatus::fromJsonName, "one of pledged, committed, paid"),
          b::status);
      default -> false;
    }, () -> b.putAllExtensions(ext).build());
  }

  private @Nullable Indicator indicator(String path) {
    Indicator.Builder b = Indicator.builder();
    Map<String, RawJson> ext = new LinkedHashMap<>();
    String rules = "one of sum, max, latest, average";
    return object(path, ext, List.of("id", "name", "unit"), (name, fp) -> switch (name) {
      case "id" -> set(string(fp), b::id);
      case "code" -> set(string(fp), b::code);
      case "name" -> set(string(fp), b::name);
      case "unit" -> set(string(fp), b::unit);
      case "periodAggregation" -> set(named(fp, AggregationRule::fromJsonName, rules), b::periodAggregation);
      case "locationAggregation" -> set(named(fp, AggregationRule::fromJsonName, rules), b::locationAggregation);
      case "baseline" -> set(decimal(fp), b::baseline);
      case "target" -> set(decimal(fp), b::target);
      case "measurements" -> set(list(fp, this::measurement), b::addAllMeasurements);
      default -> false;
    }, () -> b.putAllExtensions(ext).build());
  }

  private @Nullable Measurement measurement(String path) {
    Measurement.Builder b = Measurement.builder();
    Map<String, RawJson> ext = new LinkedHashMap<>();
    return object(path, ext, List.of("period", "value"), (name, fp) -> switch (name) {
      case "period" -> set(period(fp), b::period);
      case "location" -> set(location(fp), b::location);
      case "value" -> set(decimal(fp), b::value);
      default -> false;
    }, () -> b.putAllExtensions(ext).build());
  }

  private @Nullable Vocabulary vocabulary(String path) {
    Vocabulary.Builder b = Vocabulary.builder();
    Map<String, RawJson> ext = new LinkedHashMap<>();
    return object(path, ext, List.of("id", "name"), (name, fp) -> switch (name) {
      case "id" -> set(string(fp), b::id);
      case "name" -> set(string(fp), b::name);
      case "codes" -> set(codeNames(fp), b::putAllCodes);
      default -> false;
    }, () -> b.putAllExtensions(ext).build());
  }

  private @Nullable Location location(String path) {
    Location.Builder b = Location.builder();
    Map<String, RawJson> ext = new LinkedHashMap<>();
    return object(path, ext, List.of("country"), (name, fp) -> switch (name) {
      case "country" -> set(string(fp), b::country);
      case "admin1Code" -> set(string(fp), b::admin1Code);
      case "admin1Name" -> set(string(fp), b::admin1Name);
      case "admin2Code" -> set(string(fp), b::admin2Code);
      case "admin2Name" -> set(string(fp), b::admin2Name);
      default -> false;
    }, () -> b.putAllExtensions(ext).build());
  }

  private @Nullable Code code(String path) {
    Code.Builder b = Code.builder();
    return object(path, null, List.of("vocabulary", "code"), (name, fp) -> switch (name) {
      case "vocabulary" -> set(string(fp), b::vocabulary);
      case "code" -> set(string(fp), b::code);
      case "name" -> set(string(fp), b::name);
      default -> false;
    }, () -> b.build());
  }

  private @Nullable Money money(String path) {
    BigDecimal[] amount = new BigDecimal[1];
    String[] currency = new String[1];
    return object(path, null, List.of("amount", "currency"), (name, fp) -> switch (name) {
      case "amount" -> set(decimal(fp), v -> amount[0] = v);
      case "currency" -> set(string(fp), v -> currency[0] = v);
      default -> false;
    }, () -> amount[0] == null || currency[0] == null ? null : new Money(amount[0], currency[0]));
  }

  private @Nullable Period period(String path) {
    LocalDate[] ends = new LocalDate[2];
    return object(path, null, List.of("start", "end"), (name, fp) -> switch (name) {
      case "start" -> set(date(fp), v -> ends[0] = v);
      case "end" -> set(date(fp), v -> ends[1] = v);
      default -> false;
    }, () -> ends[0] == null || ends[1] == null ? null : new Period(ends[0], ends[1]));
  }

  private @Nullable Map<String, String> codeNames(String path) {
    Map<String, String> codes = new LinkedHashMap<>();
    return object(path, null, List.of(), (name, fp) -> {
      if (p.currentToken() == JsonToken.VALUE_NULL) {
        wrongType(fp, "the code's display name (text)");
        return true;
      }
      set(string(fp), v -> codes.put(name, v));
      return true;
    }, () -> codes);
  }

  /** The six people figures of a {@link PeopleFigures} or {@link PeopleCell}, gathered member by member. */
  private final class Counts implements PeopleCounts {
    private final Map<PeopleMetric, Long> values = new HashMap<>();

    boolean member(String name, String fp) {
      for (PeopleMetric m : PeopleMetric.values()) {
        if (m.jsonName().equals(name)) {
          return set(count(fp), v -> values.put(m, v));
        }
      }
      return false;
    }

    private OptionalLong get(PeopleMetric m) {
      Long v = values.get(m);
      return v == null ? OptionalLong.empty() : OptionalLong.of(v);
    }

    @Override
    public OptionalLong getTotalPopulation() {
      return get(PeopleMetric.TOTAL_POPULATION);
    }

    @Override
    public OptionalLong getAffected() {
      return get(PeopleMetric.AFFECTED);
    }

    @Override
    public OptionalLong getInNeed() {
      return get(PeopleMetric.IN_NEED);
    }

    @Override
    public OptionalLong getTargeted() {
      return get(PeopleMetric.TARGETED);
    }

    @Override
    public OptionalLong getExpectedReach() {
      return get(PeopleMetric.EXPECTED_REACH);
    }

    @Override
    public OptionalLong getReached() {
      return get(PeopleMetric.REACHED);
    }
  }

  // ---- the mechanism: objects, lists, scalars ----

  /** Reads the members of one object; returns whether the name was known (and its value consumed). */
  private interface Members {
    boolean member(String name, String path);
  }

  /**
   * Builds the value once all members are read; may throw {@link InvalidPlanException}, or return null when a
   * required part is missing (already reported).
   */
  private interface Build<T> {
    @Nullable T build();
  }

  /**
   * Reads the object at the current token. Unknown members go to {@code extensions} (or are reported when the type
   * cannot keep them, {@code extensions == null}). Returns the built value, or null when this object or anything in
   * it had an error.
   */
  private <T> @Nullable T object(String path, @Nullable Map<String, RawJson> extensions, List<String> required,
      Members members, Build<T> build) {
    TokenStreamLocation start = p.currentTokenLocation();
    if (p.currentToken() == JsonToken.VALUE_NULL) {
      return null; // an absent value
    }
    if (p.currentToken() != JsonToken.START_OBJECT) {
      wrongType(path, "an object");
      return null;
    }
    countContainer(path, start);
    int errorsBefore = errors;
    SeenNames names = new SeenNames();
    for (JsonToken t = p.nextToken(); t == JsonToken.PROPERTY_NAME; t = p.nextToken()) {
      String name = p.currentName();
      String fp = JsonPointer.append(path, name);
      TokenStreamLocation at = p.currentTokenLocation();
      JsonToken value = p.nextToken();
      if (!names.add(name, at, value != JsonToken.VALUE_NULL)) {
        report(Rule.DUPLICATE_KEY, fp, name, at);
        p.skipChildren();
        continue;
      }
      // A known member that is null reads as absent (the readers of values return null for it, silently).
      if (!members.member(name, fp)) {
        unknown(name, fp, at, extensions);
      }
    }
    for (String r : required) {
      if (!names.given(r)) {
        report(Rule.REQUIRED_FIELD, JsonPointer.append(path, r), null, names.at(r, start));
      }
    }
    // Build even after an error in this object, so that its own invariants (a negative count beside a value of the
    // wrong type) are reported in the same pass; the value is then dropped.
    boolean failed = errors > errorsBefore;
    try {
      T built = build.build();
      return failed ? null : built;
    } catch (InvalidPlanException e) {
      if (failed && e.rule() == Rule.REQUIRED_FIELD) {
        return null; // the missing member has been reported
      }
      String field = e.field();
      String fp = field.isEmpty() ? path : path + "/" + field;
      int slash = field.indexOf('/');
      TokenStreamLocation at = names.at(slash < 0 ? field : field.substring(0, slash), start);
      report(e.rule(), fp, e.value(), at, e.details());
      return null;
    }
  }

  /**
   * The member names of one object as they come, with where each was and whether its value was not null: a few
   * arrays searched in order (objects have few members), a hash map once there are many.
   */
  private static final class SeenNames {
    private String[] names = new String[8];
    private TokenStreamLocation[] at = new TokenStreamLocation[8];
    private boolean[] given = new boolean[8];
    private int n;
    private @Nullable Map<String, Integer> index;

    /** False when {@code name} was seen before (nothing is recorded then). */
    boolean add(String name, TokenStreamLocation where, boolean notNull) {
      if (find(name) >= 0) {
        return false;
      }
      if (n == names.length) {
        names = java.util.Arrays.copyOf(names, n * 2);
        at = java.util.Arrays.copyOf(at, n * 2);
        given = java.util.Arrays.copyOf(given, n * 2);
      }
      names[n] = name;
      at[n] = where;
      given[n] = notNull;
      if (index != null) {
        index.put(name, n);
      } else if (n == 32) {
        index = new HashMap<>();
        for (int i = 0; i <= n; i++) {
          index.put(names[i], i);
        }
      }
      n++;
      return true;
    }

    private int find(String name) {
      if (index != null) {
        Integer i = index.get(name);
        return i == null ? -1 : i;
      }
      for (int i = 0; i < n; i++) {
        if (names[i].equals(name)) {
          return i;
        }
      }
      return -1;
    }

    boolean given(String name) {
      int i = find(name);
      return i >= 0 && given[i];
    }

    TokenStreamLocation at(String name, TokenStreamLocation otherwise) {
      int i = find(name);
      return i >= 0 ? at[i] : otherwise;
    }
  }

  private void unknown(String name, String path, TokenStreamLocation at, @Nullable Map<String, RawJson> ext) {
    boolean extensionName = name.startsWith("x-");
    if (ext == null) {
      if (strict && !extensionName) {
        report(Rule.UNKNOWN_FIELD, path, name, at);
      } else {
        report(Rule.FIELD_DROPPED, path, name, at);
      }
      p.skipChildren();
      return;
    }
    if (strict && !extensionName) {
      report(Rule.UNKNOWN_FIELD, path, name, at);
      p.skipChildren();
      return;
    }
    if (!extensionName) {
      report(Rule.EXTENSION_KEPT, path, name, at);
    }
    BoundedWriter w = new BoundedWriter(maxExtensionLength);
    boolean structure = p.currentToken().isStructStart();
    int outside = p.streamReadContext().getNestingDepth() - (structure ? 1 : 0);
    try (JsonGenerator g = factory.createGenerator(ObjectWriteContext.empty(), w)) {
      g.copyCurrentStructureExact(p);
    } catch (BoundedWriter.Full full) {
      report(Rule.JSON_LIMIT, path, "an extension value longer than " + maxExtensionLength + " characters", at);
      // The copy stopped inside the value: read on to its end.
      while (p.streamReadContext().getNestingDepth() > outside && p.nextToken() != null) {
        // skipping
      }
      return;
    }
    ext.put(name, RawJson.of(w.toString()));
  }

  /** One more object or array kept; past {@link ReadLimits#maxObjects()} the reading ends. */
  private void countContainer(String path, TokenStreamLocation at) {
    if (++containers > maxObjects) {
      throw new TooManyObjects("more than " + maxObjects + " objects and arrays in one document "
          + "(ReadLimits.maxObjects), at " + (path.isEmpty() ? "/" : path), at);
    }
  }

    private <T> @Nullable List<T> list(String path, Function<String, @Nullable T> element) {
    if (p.currentToken() == JsonToken.VALUE_NULL) {
      return null;
    }
    if (p.currentToken() != JsonToken.START_ARRAY) {
      wrongType(path, "an array");
      return null;
    }
    countContainer(path, p.currentTokenLocation());
    List<T> values = new ArrayList<>();
    int i = 0;
    for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
      String ep = JsonPointer.append(path, i++);
      if (t == JsonToken.VALUE_NULL) {
        wrongType(ep, "a value");
        continue;
      }
      T v = element.apply(ep);
      if (v != null) {
        values.add(v);
      }
    }
    return values;
  }

  private @Nullable String string(String path) {
    if (p.currentToken() == JsonToken.VALUE_NULL) {
      return null;
    }
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      wrongType(path, "a string");
      return null;
    }
    return p.getString();
  }

  /**
   * A count of people: a whole number that fits in 64 bits. Whole numbers written with a fraction or an exponent
   * ({@code 12.0}, {@code 1.2e3}) are accepted, as JSON Schema counts them as integers too.
   */
  private @Nullable Long count(String path) {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_NULL) {
      return null;
    }
    if (t == JsonToken.VALUE_NUMBER_FLOAT) {
      BigDecimal d = exact();
      if (d == null || (d.signum() != 0 && d.stripTrailingZeros().scale() > 0)) {
        wrongType(path, "a whole number of people");
        return null;
      }
      try {
        return d.longValueExact();
      } catch (ArithmeticException e) {
        report(Rule.INVALID_VALUE, path, abbreviate(p.getString()), p.currentTokenLocation(),
            "a whole number below 9223372036854775808");
        return null;
      }
    }
    if (t != JsonToken.VALUE_NUMBER_INT) {
      wrongType(path, "a whole number of people");
      return null;
    }
    if (p.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
      report(Rule.INVALID_VALUE, path, abbreviate(p.getString()), p.currentTokenLocation(),
          "a whole number below 9223372036854775808");
      return null;
    }
    return p.getLongValue();
  }

  /** The current number exactly, or null when it cannot be represented (an exponent beyond any sense). */
  private @Nullable BigDecimal exact() {
    try {
      BigDecimal d = p.getDecimalValue();
      BigDecimal n = d.stripTrailingZeros();
      return n.precision() - n.scale() > MAX_DECIMAL_DIGITS || n.scale() > MAX_DECIMAL_DIGITS ? null : d;
    } catch (NumberFormatException | ArithmeticException e) {
      return null;
    }
  }

  /** Decimals hold at most this many digits before and after the decimal point. */
  static final int MAX_DECIMAL_DIGITS = 40;

  /**
   * An exact decimal. Exponents are accepted ({@code 1.5e3}), but not values with more than
   * {@value #MAX_DECIMAL_DIGITS} digits before or after the point: {@code 1e+9999} would be written back as ten
   * thousand digits.
   */
  private @Nullable BigDecimal decimal(String path) {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_NULL) {
      return null;
    }
    if (t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT) {
      wrongType(path, "a number");
      return null;
    }
    BigDecimal d = exact();
    if (d == null) {
      report(Rule.INVALID_VALUE, path, abbreviate(p.getString()), p.currentTokenLocation(),
          "a number with at most " + MAX_DECIMAL_DIGITS + " digits before and after the decimal point");
      return null;
    }
    return d;
  }

  /**
   * The shape of an ISO-8601 calendar date with a four-digit year, as the format and its schema define it (the
   * pattern {@code [0-9]{4}-[0-9]{2}-[0-9]{2}}), checked without a matcher.
   */
  private static boolean isDateShape(String t) {
    if (t.length() != 10 || t.charAt(4) != '-' || t.charAt(7) != '-') {
      return false;
    }
    for (int i = 0; i < 10; i++) {
      char c = t.charAt(i);
      if (i != 4 && i != 7 && (c < '0' || c > '9')) {
        return false;
      }
    }
    return true;
  }

  private static int digits(String t, int from, int to) {
    int v = 0;
    for (int i = from; i < to; i++) {
      v = v * 10 + t.charAt(i) - '0';
    }
    return v;
  }

  private @Nullable LocalDate date(String path) {
    String text = string(path);
    if (text == null) {
      return null;
    }
    try {
      if (!isDateShape(text)) {
        throw new DateTimeParseException("not yyyy-mm-dd", text, 0);
      }
      return LocalDate.of(digits(text, 0, 4), digits(text, 5, 7), digits(text, 8, 10));
    } catch (java.time.DateTimeException e) {
      report(Rule.INVALID_VALUE, path, text, p.currentTokenLocation(), "a date such as 2022-01-31");
      return null;
    }
  }

  private @Nullable AgeBand ageBand(String path) {
    String text = string(path);
    if (text == null) {
      return null;
    }
    try {
      return AgeBand.parse(text);
    } catch (InvalidPlanException e) {
      report(e.rule(), path, text, p.currentTokenLocation(), e.details());
      return null;
    }
  }

  private <E> @Nullable E named(String path, Function<String, Optional<E>> lookup, String expected) {
    String text = string(path);
    if (text == null) {
      return null;
    }
    Optional<E> value = lookup.apply(text);
    if (value.isEmpty()) {
      report(Rule.INVALID_VALUE, path, text, p.currentTokenLocation(), expected);
      return null;
    }
    return value.get();
  }

  /** Hands a read value to the builder; absent (null) values were reported already. Always true: the name is known. */
  private static <T> boolean set(@Nullable T value, Consumer<T> setter) {
    if (value != null) {
      setter.accept(value);
    }
    return true;
  }

  private void wrongType(String path, String expected) {
    JsonToken t = p.currentToken();
    String found = switch (t) {
      case START_OBJECT -> "an object";
      case START_ARRAY -> "an array";
      case VALUE_STRING -> "the text \"" + abbreviate(p.getString()) + "\"";
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "the number " + abbreviate(p.getString());
      case VALUE_TRUE, VALUE_FALSE -> "the value " + t.asString();
      case VALUE_NULL -> "null";
      default -> String.valueOf(t);
    };
    report(Rule.WRONG_TYPE, path, found, p.currentTokenLocation(), expected);
    p.skipChildren();
  }

  private static String abbreviate(String s) {
    return s.length() <= 60 ? s : s.substring(0, 57) + "...";
  }

  void report(Rule rule, String path, @Nullable Object value, @Nullable TokenStreamLocation at, Object... details) {
    Finding f = Finding.of(rule, path, value, locale, details);
    if (at != null && at.getLineNr() > 0) {
      f = f.at(at.getLineNr(), at.getColumnNr());
    }
    if (f.severity() == Severity.ERROR) {
      errors++;
    }
    findings.add(f);
  }
}
