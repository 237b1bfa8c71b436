package org.responseplan.imports.hpc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.responseplan.imports.hpc.HpcCategories.Category;
import org.responseplan.imports.hpc.HpcCategories.Kind;
import org.responseplan.model.AgeBand;
import org.responseplan.model.Sex;

/** The grammar of HPC category labels: a table of labels, and generated labels read back into their parts. */
class HpcCategoriesTest {

  /** A label's reading in one line: kind, sex, age band, group code and name, aside code, problems. */
  static String read(String label) {
    Category c = HpcCategories.parse(label);
    List<String> b = new ArrayList<>();
    b.add(c.kind().name());
    if (c.sex() != null) {
      b.add("sex=" + c.sex().jsonName());
    }
    if (c.ageBand() != null) {
      b.add("age=" + c.ageBand());
    }
    if (c.adults()) {
      b.add("age=adults");
    }
    if (c.group() != null) {
      b.add("group=" + c.group() + " (" + c.groupName() + ")");
    }
    if (c.aside() != null) {
      b.add("aside=" + c.aside().getCode() + " (" + c.asideName() + ")");
    }
    c.problems().forEach(p -> b.add("problem: " + p));
    return String.join(" ", b);
  }

  @Test
  void combinedLabelsOfA2024Plan() {
    assertEquals("CELL sex=female age=0-17 group=hpc-category:pakistan-district-of-return "
        + "(Pakistan (District of Return))", read("Children - Female - Pakistan (District of Return)"));
    assertEquals("CELL sex=male age=adults", read("Adult - Male"));
    assertEquals("CELL group=hpc-category:border-ec (Border / EC)", read("Total - Border / EC"));
    assertEquals("CELL group=population-group:idps (IDP)", read("IDP - Total"), "the total word after the group");
    assertEquals("CELL sex=female age=adults group=hpc-category:natural-disaster-affected "
        + "(Natural Disaster-Affected)", read("Adult - Female - Natural Disaster-Affected"));
    assertEquals("HOUSEHOLDS aside=female-headed-households (Female-Headed Households)",
        read("Female-Headed Households"), "one part: not female + \"Headed Households\"");
    assertEquals("HOUSEHOLDS aside=total-households (Total Households)", read("Total Households"));
    assertEquals("SUBSET aside=disability (People with Disabilities)", read("People with Disabilities"));
    assertEquals("TOTAL", read("total"));
    assertEquals("TOTAL", read("Total - Total"));
  }

  @Test
  void orderCaseAndSpacesDoNotMatter() {
    String expected = "CELL sex=female age=0-17 group=hpc-category:pakistan-district-of-return "
        + "(Pakistan (District of Return))";
    assertEquals(expected, read("Female - Pakistan (District of Return) - Children"));
    assertEquals(expected, read("  Pakistan (District of Return)  -   CHILDREN -female "));
    assertEquals(expected, read("Children\u00a0-\tFemale - Pakistan  (District of Return)"));
    assertEquals("CELL sex=female age=0-17 group=hpc-category:pakistan-district-of-return "
        + "(pakistan (district of return))", read("pakistan (district of return) - children - FEMALE"),
        "the code does not depend on case; the name is as written");
    assertEquals("CELL sex=female age=0-17", read("Children -Female"), "a space on one side is enough");
    assertEquals("CELL sex=female age=0-17", read("Children- Female"));
    assertEquals("CELL sex=female age=0-17", read("Children \u2013 Female"), "an en dash");
  }

  @Test
  void hyphensWithoutSpacesSeparateOnlyKnownWords() {
    assertEquals("CELL sex=female age=0-17", read("Children-Female"));
    assertEquals("CELL sex=male age=adults group=population-group:idps (IDPs)", read("Adult-Male-IDPs"));
    assertEquals("CELL group=hpc-category:non-displaced (Non-Displaced)", read("Non-Displaced"));
    assertEquals("CELL group=hpc-category:idp-returnees (IDP-Returnees)", read("IDP-Returnees"),
        "two groups: one name, not two parts");
    assertEquals("CELL age=0-17 group=hpc-category:female-headed (Female-Headed)",
        read("Children - Female-Headed"));
  }

  @Test
  void ageWordsAndRanges() {
    assertEquals("CELL age=60+", read("Older persons"));
    assertEquals("CELL age=60+", read("Elderly"));
    assertEquals("CELL sex=male age=60+", read("Elderly - Male"));
    assertEquals("CELL age=0-17", read("Children (0-17)"));
    assertEquals("CELL sex=male age=0-4", read("Children (0-4) - Male"), "the range given wins");
    assertEquals("CELL sex=female age=18-59", read("Women (18-59)"));
    assertEquals("CELL sex=female age=18-59", read("Women - 18-59"), "an adult word beside its range");
    assertEquals("CELL age=18-59", read("Adults [18 - 59 years]"));
    assertEquals("CELL age=60+", read("60+"));
    assertEquals("CELL age=60+", read("60 years and over"));
    assertEquals("CELL sex=female age=0-17", read("Female - 0 - 17"), "a hyphen between numbers is a range");
    assertEquals("CELL sex=female age=0-4", read("Girls under 5"));
    assertEquals("CELL sex=female age=0-17", read("Girls"));
    assertEquals("CELL sex=male age=adults", read("Men"));
    assertEquals("CELL sex=female age=adults", read("Women - Adult"));
    assertEquals("CELL sex=female age=0-17", read("Girls - Female"), "consistent parts");
    assertEquals("CELL group=hpc-category:children-idps (Children (IDPs))", read("Children (IDPs)"),
        "parentheses without a range: a name");
    assertEquals(new AgeBand(0, 4), HpcCategories.age("Under 5"));
    assertNull(HpcCategories.age("17-5"), "not a band");
    assertNull(HpcCategories.age("Children"));
  }

  @Test
  void otherPlansDashesWordsAndLanguages() {
    assertEquals("CELL age=0-17", read("Children (0\u201417)"), "an em dash in a range");
    assertEquals("CELL sex=female age=5-17", read("Girls 5\u201317 years"), "an en dash in a range");
    assertEquals("CELL age=5-17", read("5-17"));
    assertEquals("CELL sex=female age=adults group=population-group:idps (IDPs)", read("Women \u2014 IDPs"),
        "an em dash separates");
    assertEquals("CELL sex=male age=adults", read("ADULTS  -  MALES"));
    assertEquals("CELL sex=female age=60+", read("Older people - Female"));
    assertEquals("CELL sex=male age=0-17 group=population-group:refugees (Refugee)", read("Boys - Refugee"));
    assertEquals("CELL group=hpc-category:ni\u00f1as-mujeres (Ni\u00f1as - Mujeres)", read("Ni\u00f1as - Mujeres"),
        "words of another language are a group, not an error");
    assertEquals("CELL group=hpc-category:personnes-\u00e2g\u00e9es-60-ans-et-plus "
        + "(Personnes \u00e2g\u00e9es (60 ans et plus))", read("Personnes \u00e2g\u00e9es (60 ans et plus)"));
    assertEquals("CELL group=hpc-category:enfants-femmes (Enfants - Femmes)", read("Enfants \u2013 Femmes"));
  }

  @Test
  void groupsWithHyphensInParenthesesAndSeveralGroupParts() {
    assertEquals("CELL sex=female group=hpc-category:returnees-2024-new-arrivals (Returnees (2024 - new arrivals))",
        read("Returnees (2024 - new arrivals) - Female"));
    assertEquals("CELL group=hpc-category:returnees-children-female (Returnees (Children - Female))",
        read("Returnees (Children - Female)"), "words inside parentheses are part of the name");
    assertEquals(List.of("Returnees (2024 - new arrivals) ", " Female"),
        HpcCategories.split("Returnees (2024 - new arrivals) - Female"));
    assertEquals(List.of("Camp [A - B] ", " Male"), HpcCategories.split("Camp [A - B] - Male"));
    assertEquals("CELL group=hpc-category:idps-refugees (IDPs - Refugees)", read("IDPs - Refugees"));
    assertEquals("CELL group=population-group:host-community (Host community)", read("Host community"));
    assertEquals("CELL group=population-group:host-community (Hostcommunities)", read("Hostcommunities"));
    assertEquals("CELL sex=female age=0-17", read("Children (0-17 - Female"), "unbalanced parentheses are ignored");
  }

  @Test
  void disabilityIsASubsetThatKeepsItsSexAgeAndGroup() {
    assertEquals("SUBSET sex=female aside=disability (PwD)", read("PwD - Female"));
    assertEquals("SUBSET aside=disability (Persons with disabilities)", read("Persons with disabilities"));
    assertEquals("SUBSET aside=disability (Disability)", read("Disability"));
    assertEquals("SUBSET age=0-17 group=population-group:idps (IDPs) aside=disability (People with Disabilities)",
        read("People with Disabilities - Children - IDPs"));
    assertEquals("SUBSET aside=children-with-disabilities (Children with disabilities)",
        read("Children with disabilities"));
    assertEquals("SUBSET aside=famine-response (Famine Response)", read("Famine Response"));
    assertEquals("HOUSEHOLDS group=population-group:idps (IDPs) aside=total-households (Total Households)",
        read("Total Households - IDPs"));
  }

  @Test
  void labelsThatDoNotParseSayWhy() {
    assertEquals("INVALID sex=male problem: two sexes: \"Female\" and \"Male\"", read("Female - Male"));
    assertEquals("INVALID sex=female age=0-17 problem: two sexes: \"Boys\" and \"Female\"", read("Boys - Female"));
    assertEquals("INVALID age=0-17 problem: two age bands: \"Children\" and \"Adult\"", read("Children - Adult"));
    assertEquals("INVALID sex=female age=0-17 problem: two age bands: \"Girls\" and \"Under 5\"",
        read("Girls - Under 5"));
    assertEquals("INVALID sex=female problem: an empty part", read("Female - "));
    assertEquals("INVALID group=population-group:idps (IDPs) problem: an empty part", read(" - IDPs"));
    assertEquals("INVALID sex=female group=population-group:idps (IDPs) problem: an empty part",
        read("Female -  - IDPs"));
    assertEquals("INVALID problem: an empty label", read("  "));
    assertEquals("INVALID aside=disability (PwD) problem: two parts that are not people by sex, age or group: "
        + "\"Households\" and \"PwD\"", read("Households - PwD"));
  }

  // ---- generated labels ----

  private record Word(String text, @Nullable Sex sex, @Nullable AgeBand age, boolean adults) {}

  private record Group(String name, String code) {}

  private static final List<Word> SEXES = List.of(
      new Word("Female", Sex.FEMALE, null, false), new Word("Male", Sex.MALE, null, false),
      new Word("female", Sex.FEMALE, null, false), new Word("MALE", Sex.MALE, null, false),
      new Word("Females", Sex.FEMALE, null, false), new Word("Males", Sex.MALE, null, false));

  private static final List<Word> AGES = List.of(
      new Word("Children", null, AgeBand.CHILDREN, false), new Word("children", null, AgeBand.CHILDREN, false),
      new Word("Adult", null, null, true), new Word("Adults", null, null, true),
      new Word("Elderly", null, new AgeBand(60, null), false),
      new Word("Older persons", null, new AgeBand(60, null), false),
      new Word("Children (0-17)", null, AgeBand.CHILDREN, false),
      new Word("Adults (18-59)", null, new AgeBand(18, 59), false),
      new Word("Elderly (60+)", null, new AgeBand(60, null), false),
      new Word("0-4", null, new AgeBand(0, 4), false), new Word("5 - 17 years", null, new AgeBand(5, 17), false),
      new Word("Children (0\u201417)", null, AgeBand.CHILDREN, false),
      new Word("5\u201317", null, new AgeBand(5, 17), false),
      new Word("Older people", null, new AgeBand(60, null), false),
      new Word("Girls", Sex.FEMALE, AgeBand.CHILDREN, false), new Word("BOYS", Sex.MALE, AgeBand.CHILDREN, false),
      new Word("Women", Sex.FEMALE, null, true), new Word("Man", Sex.MALE, null, true),
      new Word("Men (18-59)", Sex.MALE, new AgeBand(18, 59), false));

  private static final List<Group> GROUPS = List.of(
      new Group("Pakistan (District of Return)", "hpc-category:pakistan-district-of-return"),
      new Group("Border / EC", "hpc-category:border-ec"),
      new Group("Natural Disaster-Affected", "hpc-category:natural-disaster-affected"),
      new Group("Non-Displaced", "hpc-category:non-displaced"),
      new Group("Temporary Sites", "hpc-category:temporary-sites"),
      new Group("Returnees (2024 - new arrivals)", "hpc-category:returnees-2024-new-arrivals"),
      new Group("Refugees and Asylum Seekers", "hpc-category:refugees-and-asylum-seekers"),
      new Group("Host communities", "population-group:host-community"),
      new Group("IDPs", "population-group:idps"),
      new Group("Returnees", "population-group:returnees"),
      new Group("Camp [zone 3-4] / Sector B", "hpc-category:camp-zone-3-4-sector-b"),
      new Group("Niños y niñas", "hpc-category:niños-y-niñas"),
      new Group("Personnes \u00e2g\u00e9es (60 ans et plus)", "hpc-category:personnes-\u00e2g\u00e9es-60-ans-et-plus"));

  private static final List<String> SEPARATORS = List.of(" - ", "  -  ", " -", "- ", " \u2013 ", " \u2014 ");

  @Test
  void generatedLabelsGiveBackExactlyTheirParts() {
    qt().withExamples(2000).forAll(
        integers().between(-1, SEXES.size() - 1),
        integers().between(-1, AGES.size() - 1),
        integers().between(-1, GROUPS.size() - 1),
        integers().all())
        .checkAssert((sexAt, ageAt, groupAt, shape) -> {
          Word sex = sexAt < 0 ? null : SEXES.get(sexAt);
          Word age = ageAt < 0 ? null : AGES.get(ageAt);
          Group group = groupAt < 0 ? null : GROUPS.get(groupAt);
          boolean total = (shape & 1) == 1;
          List<String> parts = new ArrayList<>();
          if (sex != null) {
            parts.add(sex.text());
          }
          if (age != null) {
            parts.add(age.text());
          }
          if (group != null) {
            parts.add(group.name());
          }
          if (total) {
            parts.add((shape & 2) == 0 ? "Total" : "total");
          }
          Collections.shuffle(parts, new Random(shape));
          String separator = SEPARATORS.get(Math.floorMod(shape >> 2, SEPARATORS.size()));
          String label = String.join(separator, parts);
          Category c = HpcCategories.parse(label);
          if (parts.isEmpty()) {
            assertEquals(Kind.INVALID, c.kind(), label);
            return;
          }
          if (sex != null && age != null && age.sex() != null && age.sex() != sex.sex()) {
            assertEquals(Kind.INVALID, c.kind(), label);
            assertEquals(1, c.problems().size(), label);
            assertTrue(c.problems().get(0).startsWith("two sexes: "), label);
            return;
          }
          Kind expected = sex == null && age == null && group == null ? Kind.TOTAL : Kind.CELL;
          assertEquals(expected, c.kind(), () -> label + " " + c.problems());
          assertEquals(sex != null ? sex.sex() : age == null ? null : age.sex(), c.sex(), label);
          assertEquals(age == null ? null : age.age(), c.ageBand(), label);
          assertEquals(age != null && age.adults(), c.adults(), label);
          assertEquals(group == null ? null : group.code(), c.group() == null ? null : c.group().toString(), label);
          assertEquals(group == null ? null : group.name(), c.groupName(), label);
          assertEquals(List.of(), c.problems(), label);
        });
  }

  @Test
  void generatedLabelsWithTwoSexesOrTwoAgesAreInvalid() {
    qt().withExamples(500).forAll(
        integers().between(0, SEXES.size() - 1),
        integers().between(0, SEXES.size() - 1),
        integers().between(0, GROUPS.size() - 1),
        integers().all())
        .checkAssert((a, b, groupAt, shape) -> {
          Word one = SEXES.get(a);
          Word other = SEXES.get(b);
          List<String> parts = new ArrayList<>(List.of(one.text(), other.text(), GROUPS.get(groupAt).name()));
          Collections.shuffle(parts, new Random(shape));
          String label = String.join(" - ", parts);
          Category c = HpcCategories.parse(label);
          assertEquals(one.sex() == other.sex() ? Kind.CELL : Kind.INVALID, c.kind(), label);
          List<String> sexes = parts.stream().filter(p -> p.equals(one.text()) || p.equals(other.text())).toList();
          assertEquals(one.sex() == other.sex() ? List.of()
              : List.of("two sexes: \"" + sexes.get(0) + "\" and \"" + sexes.get(1) + "\""), c.problems(), label);
        });
  }
}
