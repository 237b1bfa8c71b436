package org.responseplan.io.json;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.responseplan.model.Activity;
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
import org.responseplan.model.validation.JsonPointer;
import org.responseplan.model.validation.Phrase;
import org.responseplan.model.validation.Rule;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;

/**
 * Reads one plan document from a streaming parser into the model, recording a finding for every problem and going on
 * after it. A wrong value is left out and the rest is built: a value of the wrong type, an unknown enumeration value,
 * a bad date or a negative count leaves that member out; a cell figure above its total leaves that figure out; a
 * value that cannot be built (a negative amount, a period ending before it starts, an object without a required
 * member) leaves that value, and only it, out. The value read is then partial: {@link #errors()} says whether it is;
 * {@link #kept()} maps its list indices back to the document's. Syntax errors and read limits end the reading (the
 * parser cannot go on).
 *
 * <p>One instance reads one document; {@link PlanReader} creates it.
 */
final class PlanDecoder extends ScalarReader {
  private final JsonFactory factory;
  private final boolean strict;
  private final int maxExtensionLength;
  private final int maxObjects;
  private final int maxMembersPerObject;
  private final int maxMembers;
  private final KeptIndices kept = new KeptIndices();
  /** Object members and array elements read so far, against {@link ReadLimits#maxMembers()}. */
  private int members;
  /** Objects and arrays kept so far, against {@link ReadLimits#maxObjects()}. */
  private int containers;

  PlanDecoder(JsonParser parser, JsonFactory factory, boolean strict, Locale locale, ReadLimits limits) {
    super(parser, locale);
    this.factory = factory;
    this.strict = strict;
    this.maxExtensionLength = limits.maxExtensionLength();
    this.maxObjects = limits.maxObjects();
    this.maxMembersPerObject = limits.maxMembersPerObject();
    this.maxMembers = limits.maxMembers();
  }

  /**
   * Ends the reading when a document holds more objects and arrays than {@link ReadLimits#maxObjects()} allows, or
   * more members than {@link ReadLimits#maxMembersPerObject()} or {@link ReadLimits#maxMembers()} allow (they bound
   * the memory used). Counted: the objects, arrays and members the decoder reads values from; not counted: what is
   * inside extension values (kept as text, bounded by their length) and values skipped with a finding.
   */
  static final class TooManyObjects extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final transient TokenStreamLocation at;

    TooManyObjects(String message, TokenStreamLocation at) {
      super(message, null, false, false);
      this.at = at;
    }
  }

  /** The document indices of the elements of lists that lost some. */
  KeptIndices kept() {
    return kept;
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
      report(Rule.JSON_SYNTAX, "", Phrase.of("the-document-is-empty"), p.currentTokenLocation());
      return null;
    }
    T value = readCurrent(type);
    JsonToken trailing = p.nextToken();
    if (trailing != null) {
      report(Rule.JSON_SYNTAX, "", Phrase.of("content-after-the-value"), p.currentTokenLocation());
      return null;
    }
    return value;
  }

  /**
   * Reads the value of {@code type} at the parser's current token: what could be built, partial when {@link #errors()}
   * is not zero; null when the value itself could not be built.
   */
  <T> @Nullable T readCurrent(Class<T> type) {
    return type.cast(value(type, ""));
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
      case "originalRequirements" -> set(money(fp), b::originalRequirements);
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
      case "originalRequirements" -> set(money(fp), b::originalRequirements);
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
          Phrase.of("one-of", "in-kind, cash-or-voucher, service, capacity-building, infrastructure, other"))),
          b::addAllModalities);
      case "requirements" -> set(money(fp), b::requirements);
      case "people" -> set(people(fp), b::people);
      default -> false;
    }, () -> b.putAllExtensions(ext).build());
  }

  private @Nullable PeopleFigures people(String path) {
    Map<String, RawJson> ext = new LinkedHashMap<>();
    Counts counts = new Counts();
    List<PeopleCell> cells = new ArrayList<>();
    Map<PeopleMetric, String> labels = new LinkedHashMap<>();
    return object(path, ext, List.of(), (name, fp) -> switch (name) {
      case "labels" -> set(labels(fp), labels::putAll);
      case "breakdown" -> set(list(fp, this::cell), cells::addAll);
      default -> counts.member(name, fp);
    }, () -> PeopleFigures.builder().from(counts).addAllBreakdown(cells).putAllLabels(labels).putAllExtensions(ext)
        .build(),
        e -> leaveOutCellFigure(cells, e));
  }

  /**
   * After {@code cell-exceeds-total} at {@code breakdown/i/metric}: the cell's figure is left out, the rest of the
   * cell kept. False for any other failure (the figures are then left out as a whole).
   */
  private static boolean leaveOutCellFigure(List<PeopleCell> cells, InvalidPlanException e) {
    String[] field = e.field().split("/", -1);
    if (e.rule() != Rule.CELL_EXCEEDS_TOTAL || field.length != 3 || !field[0].equals("breakdown")) {
      return false;
    }
    int i = Integer.parseInt(field[1]);
    PeopleCell cell = cells.get(i);
    PeopleCell.Builder b = PeopleCell.builder().putAllExtensions(cell.getExtensions());
    cell.getSex().ifPresent(b::sex);
    cell.getAgeBand().ifPresent(b::ageBand);
    cell.getPopulationGroup().ifPresent(b::populationGroup);
    cell.getLocation().ifPresent(b::location);
    cell.getSubset().ifPresent(b::subset);
    for (PeopleMetric m : PeopleMetric.values()) {
      OptionalLong v = m.of(cell);
      if (v.isPresent() && !m.jsonName().equals(field[2])) {
        m.set(b, v.getAsLong());
      }
    }
    cells.set(i, b.build());
    return true;
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
      case "sex" -> set(named(fp, Sex::fromJsonName, Phrase.of("one-of", "female, male, other")), b::sex);
      case "ageBand" -> set(ageBand(fp), b::ageBand);
      case "populationGroup" -> set(code(fp), b::populationGroup);
      case "location" -> set(location(fp), b::location);
      case "subset" -> set(code(fp), b::subset);
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
      case "status" -> set(named(fp, ContributionStatus::fromJsonName, Phrase.of("one-of", "pledged, committed, paid")),
          b::status);
      default -> false;
    }, () -> b.putAllExtensions(ext).build());
  }

  private @Nullable Indicator indicator(String path) {
    Indicator.Builder b = Indicator.builder();
    Map<String, RawJson> ext = new LinkedHashMap<>();
    Phrase rules = Phrase.of("one-of", "sum, max, latest, average");
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
        wrongType(fp, Phrase.of("the-display-name-of-a-code"));
        return true;
      }
      set(string(fp), v -> codes.put(name, v));
      return true;
    }, () -> codes);
  }

  /** The six people figures of a {@link PeopleFigures} or {@link PeopleCell}, gathered member by member. */
  private final class Counts implements PeopleCounts {
    private final Map<PeopleMetric, Long> values = new HashMap<>();

    /** Reads the figure {@code name}; a figure the model refuses (negative) is reported and left out. */
    boolean member(String name, String fp) {
      for (PeopleMetric m : PeopleMetric.values()) {
        if (m.jsonName().equals(name)) {
          Long v = count(fp);
          if (v != null) {
            values.put(m, v);
            try {
              PeopleCounts.requireNonNegative(this, "");
            } catch (InvalidPlanException e) {
              values.remove(m);
              report(e.rule(), fp, e.value(), p.currentTokenLocation(), e.details());
            }
          }
          return true;
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
   * After a failed {@link Build}: leaves out the part that made it fail and returns true, so that building is tried
   * again; false when no part can be left out (the whole value is then left out).
   */
  private interface LeaveOut {
    boolean leaveOut(InvalidPlanException e);
  }

  private <T> @Nullable T object(String path, @Nullable Map<String, RawJson> extensions, List<String> required,
      Members members, Build<T> build) {
    return object(path, extensions, required, members, build, e -> false);
  }

  /**
   * Reads the object at the current token. Unknown members go to {@code extensions} (or are reported when the type
   * cannot keep them, {@code extensions == null}). Returns the value built from the members that were valid (those
   * with an error are left out), or null when it cannot be built even so (a required member missing or wrong, an
   * invariant of the value broken that {@code leaveOut} cannot mend).
   */
  private <T> @Nullable T object(String path, @Nullable Map<String, RawJson> extensions, List<String> required,
      Members members, Build<T> build, LeaveOut leaveOut) {
    TokenStreamLocation start = p.currentTokenLocation();
    if (p.currentToken() == JsonToken.VALUE_NULL) {
      return null; // an absent value
    }
    if (p.currentToken() != JsonToken.START_OBJECT) {
      wrongType(path, Phrase.of("an-object"));
      return null;
    }
    countContainer(path, start);
    int errorsBefore = errors();
    SeenNames names = new SeenNames();
    int count = 0;
    for (JsonToken t = p.nextToken(); t == JsonToken.PROPERTY_NAME; t = p.nextToken()) {
      String name = p.currentName();
      TokenStreamLocation at = p.currentTokenLocation();
      if (++count > maxMembersPerObject) {
        throw new TooManyObjects("more than " + maxMembersPerObject + " members in one object "
            + "(ReadLimits.maxMembersPerObject), at " + (path.isEmpty() ? "/" : path), at);
      }
      countMember(path, at);
      String fp = JsonPointer.append(path, name);
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
    // Build from the members that were valid; a value that breaks an invariant is reported, then built again
    // without the part leaveOut leaves out, as long as it leaves out something.
    boolean failed = errors() > errorsBefore;
    while (true) {
      try {
        return build.build();
      } catch (InvalidPlanException e) {
        if (failed && e.rule() == Rule.REQUIRED_FIELD) {
          return null; // the missing member has been reported
        }
        String field = e.field();
        String fp = kept.documentPath(path, field);
        int slash = field.indexOf('/');
        TokenStreamLocation at = names.at(slash < 0 ? field : field.substring(0, slash), start);
        report(e.rule(), fp, e.value(), at, e.details());
        if (!leaveOut.leaveOut(e)) {
          return null;
        }
      }
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
      report(Rule.JSON_LIMIT, path, Phrase.of("an-extension-longer-than", maxExtensionLength), at);
      // The copy stopped inside the value: read on to its end.
      while (p.streamReadContext().getNestingDepth() > outside && p.nextToken() != null) {
        // skipping
      }
      return;
    }
    ext.put(name, RawJson.of(w.toString()));
  }

  /** One more object member or array element read; past {@link ReadLimits#maxMembers()} the reading ends. */
  private void countMember(String path, TokenStreamLocation at) {
    if (++members > maxMembers) {
      throw new TooManyObjects("more than " + maxMembers + " members and array elements in one document "
          + "(ReadLimits.maxMembers), at " + (path.isEmpty() ? "/" : path), at);
    }
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
      wrongType(path, Phrase.of("an-array"));
      return null;
    }
    countContainer(path, p.currentTokenLocation());
    List<T> values = new ArrayList<>();
    int[] keptAt = new int[8];
    int i = 0;
    for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken(), i++) {
      countMember(path, p.currentTokenLocation());
      String ep = JsonPointer.append(path, i);
      if (t == JsonToken.VALUE_NULL) {
        wrongType(ep, Phrase.of("a-value"));
        continue;
      }
      T v = element.apply(ep);
      if (v != null) {
        if (values.size() == keptAt.length) {
          keptAt = Arrays.copyOf(keptAt, keptAt.length * 2);
        }
        keptAt[values.size()] = i;
        values.add(v);
      }
    }
    if (values.size() < i) {
      kept.record(path, Arrays.copyOf(keptAt, values.size()));
    }
    return values;
  }

}
