package org.responseplan.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The vocabularies built into the library. A plan may declare further vocabularies, or add codes to one of these by
 * declaring a vocabulary with the same identifier.
 */
public final class Vocabularies {
  private Vocabularies() {}

  /** IASC global clusters and areas of responsibility, with the codes HPC Tools uses. */
  public static final String IASC_CLUSTER = "iasc-cluster";
  /** Sectors of the R4V regional platform (Refugee and Migrant Response Plan for Venezuela). */
  public static final String R4V_SECTOR = "r4v-sector";
  /** IOM Crisis Response Plan activity areas. */
  public static final String IOM_ACTIVITY_AREA = "iom-activity-area";
  /** Population groups: refugees, migrants, IDPs, host communities, and R4V's population types. */
  public static final String POPULATION_GROUP = "population-group";
  /**
   * Subsets of people who are also counted in the other breakdown cells ({@link PeopleCell#getSubset()}), such as
   * people with disabilities.
   */
  public static final String PEOPLE_SUBSET = "people-subset";
  /** Kinds of inter-agency and agency plans. */
  public static final String PLAN_TYPE = "plan-type";

  private static final Map<String, Vocabulary> BUILT_IN = new LinkedHashMap<>();

  static {
    add(IASC_CLUSTER, "IASC global clusters", List.of(
        "CCM", "Camp Coordination and Camp Management",
        "EDU", "Education",
        "ERY", "Early Recovery",
        "FSC", "Food Security",
        "HEA", "Health",
        "LOG", "Logistics",
        "NUT", "Nutrition",
        "PRO", "Protection",
        "PRO-CPN", "Child Protection",
        "PRO-GBV", "Gender-Based Violence",
        "PRO-MIN", "Mine Action",
        "PRO-HLP", "Housing, Land and Property",
        "SHL", "Emergency Shelter and NFI",
        "WSH", "Water, Sanitation and Hygiene",
        "TEL", "Emergency Telecommunications",
        "CSS", "Coordination and Support Services",
        "MS", "Multi-sector / Multipurpose Cash"));
    add(R4V_SECTOR, "R4V sectors", List.of(
        "education", "Education",
        "food-security", "Food Security",
        "health", "Health",
        "humanitarian-transportation", "Humanitarian Transportation",
        "integration", "Integration",
        "nutrition", "Nutrition",
        "protection", "Protection",
        "child-protection", "Child Protection",
        "gbv", "Gender-Based Violence",
        "trafficking-smuggling", "Human Trafficking and Smuggling",
        "shelter", "Shelter",
        "wash", "Water, Sanitation and Hygiene",
        "multipurpose-cash", "Multipurpose Cash Assistance",
        "common-services", "Common Services"));
    add(IOM_ACTIVITY_AREA, "IOM crisis response activity areas", List.of(
        "basic-needs", "Basic needs, including food",
        "direct-health-support", "Direct health support",
        "mhpss-humanitarian", "Mental health and psychosocial support in humanitarian response",
        "movement-assistance", "Movement assistance",
        "protection", "Protection",
        "wash-emergency", "Water, sanitation and hygiene in emergencies",
        "shelter-settlements-nfi", "Shelter, settlements and non-food items",
        "community-stabilization", "Community stabilization",
        "health-system-strengthening", "Health system strengthening",
        "national-laboratory-systems", "National laboratory systems",
        "wash-transition-recovery", "Water, sanitation and hygiene in transition and recovery",
        "mhpss-social-cohesion", "Mental health and psychosocial support in dialogue and social cohesion",
        "mhpss-system-strengthening", "System strengthening for mental health and psychosocial support",
        "wash-preparedness-risk-reduction", "Water, sanitation and hygiene in preparedness and risk reduction",
        "displacement-tracking", "Displacement tracking",
        "support-services", "Support services for response actors"));
    add(POPULATION_GROUP, "Population groups", List.of(
        "refugees", "Refugees",
        "asylum-seekers", "Asylum seekers",
        "migrants", "Migrants",
        "idps", "Internally displaced people",
        "returnees", "Returnees",
        "stateless", "Stateless people",
        "host-community", "Host community",
        "affected-population", "Affected population",
        "in-destination", "Refugees and migrants in destination",
        "in-transit", "Refugees and migrants in transit",
        "pendular", "Pendular refugees and migrants",
        "colombian-returnees", "Colombian returnees"));
    add(PEOPLE_SUBSET, "Subsets of people counted across the other cells", List.of(
        "disability", "People with disabilities",
        "pregnant-lactating-women", "Pregnant and lactating women"));
    add(PLAN_TYPE, "Plan types", List.of(
        "hrp", "Humanitarian Response Plan",
        "hnrp", "Humanitarian Needs and Response Plan",
        "flash-appeal", "Flash Appeal",
        "rrp", "Regional Refugee Response Plan",
        "rmrp", "Regional Refugee and Migrant Response Plan",
        "regional-plan", "Regional plan",
        "country-plan", "Country plan",
        "crp", "IOM Crisis Response Plan",
        "other", "Other plan"));
  }

  private static void add(String id, String name, List<String> codeAndName) {
    Vocabulary.Builder b = Vocabulary.builder().id(id).name(name);
    for (int i = 0; i < codeAndName.size(); i += 2) {
      b.putCodes(codeAndName.get(i), codeAndName.get(i + 1));
    }
    BUILT_IN.put(id, b.build());
  }

  /**
   * The built-in vocabulary with an identifier.
   *
   * @param id such as {@code iasc-cluster}
   * @return the vocabulary; empty when none is built in under that identifier (a plan may still declare it)
   */
  public static Optional<Vocabulary> builtIn(String id) {
    return Optional.ofNullable(BUILT_IN.get(id));
  }

  /** {@return all built-in vocabularies, in a stable order (immutable)} */
  public static List<Vocabulary> all() {
    return List.copyOf(BUILT_IN.values());
  }

  /**
   * The display name of a code.
   *
   * @param code the code
   * @return its own name, else its built-in vocabulary's name for it, else the code itself (never empty)
   */
  public static String displayName(Code code) {
    return code.getName().orElseGet(() -> builtIn(code.getVocabulary())
        .map(v -> v.getCodes().get(code.getCode()))
        .orElse(code.getCode()));
  }
}
