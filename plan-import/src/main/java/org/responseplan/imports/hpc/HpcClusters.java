package org.responseplan.imports.hpc;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.responseplan.imports.internal.JsonTree;
import org.responseplan.imports.internal.JsonTree.Arr;
import org.responseplan.imports.internal.JsonTree.Node;
import org.responseplan.imports.internal.JsonTree.Obj;
import org.responseplan.model.Code;
import org.responseplan.model.PeopleFigures;
import org.responseplan.model.Sector;
import org.responseplan.model.Vocabularies;
import org.responseplan.model.validation.Finding;
import org.responseplan.model.validation.Rule;
import org.responseplan.model.validation.Severity;

/**
 * The clusters of an HPC plan as sectors: a cluster caseload's code from {@code availableGlobalClusterCode} and
 * {@code planGlobalClusters}, an IASC global cluster where it is one, else a code of the plan's own vocabulary.
 */
final class HpcClusters {
  static final String HPC_CLUSTER = "hpc-cluster";

  private final HpcSource src;
  private final HpcFigures figures;
  private final Map<String, List<Obj>> clustersByEntity = new LinkedHashMap<>();
  /** Plan clusters without a global cluster code, by code, with their names. */
  final Map<String, String> hpcClusterCodes = new LinkedHashMap<>();
  /** The name of each cluster caseload, decided over all of them (see {@link #name(List)}). */
  @SuppressWarnings("IdentityHashMapUsage") // keyed by the caseload object itself, never compared by content
  private final Map<Obj, String> names = new IdentityHashMap<>();

  HpcClusters(HpcSource src, HpcFigures figures) {
    this.src = src;
    this.figures = figures;
  }

  /** Reads {@code data.planGlobalClusters}: the global clusters of each plan cluster (entity). */
  void read(Obj data) {
    Arr list = data.arr("planGlobalClusters");
    if (list == null) {
      return;
    }
    for (Node n : list.items()) {
      if (!(n instanceof Obj cluster) || cluster.arr("planClusters") == null) {
        continue;
      }
      for (Node entity : cluster.arr("planClusters").items()) {
        String id = JsonTree.text(entity);
        if (id != null) {
          clustersByEntity.computeIfAbsent(id, k -> new ArrayList<>()).add(cluster);
        }
      }
    }
  }

  /**
   * Names the cluster caseloads: each by its {@code caseloadDescription}, else by the name of its global cluster in
   * {@code planGlobalClusters} ({@code globalClusterName}, else {@code name}), else by its HPC entity (or caseload).
   * Caseloads that would share a name are told apart by their {@code caseloadCustomRef} (else their caseload id, else
   * their position), so that no two sectors of the plan have one name.
   *
   * @param caseloads the caseloads that become sectors, in document order
   */
  void name(List<Obj> caseloads) {
    Map<String, List<Obj>> byName = new LinkedHashMap<>();
    for (int i = 0; i < caseloads.size(); i++) {
      Obj c = caseloads.get(i);
      String name = baseName(c, i);
      names.put(c, name);
      byName.computeIfAbsent(name.toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(c);
    }
    for (List<Obj> same : byName.values()) {
      if (same.size() < 2) {
        continue;
      }
      boolean byRef = distinct(same, "caseloadCustomRef");
      boolean byId = distinct(same, "caseloadId");
      for (int i = 0; i < same.size(); i++) {
        Obj c = same.get(i);
        String base = names.get(c);
        String suffix = byRef ? c.text("caseloadCustomRef") : byId ? "caseload " + c.text("caseloadId")
            : String.valueOf(i + 1);
        String name = base + " (" + suffix + ")";
        names.put(c, name);
        src.report.defaulted(byRef ? "caseloads[].caseloadCustomRef" : byId ? "caseloads[].caseloadId" : "caseloads[]",
            "/sectors/*/code/name", "caseloads of one name (" + base + ") are told apart by "
                + (byRef ? "their custom ref" : byId ? "their caseload id" : "their position"), name);
      }
    }
  }

  /** Whether every caseload has a value of {@code member}, and no two the same. */
  private static boolean distinct(List<Obj> caseloads, String member) {
    Set<String> seen = new HashSet<>();
    for (Obj c : caseloads) {
      String v = c.text(member);
      if (v == null || v.isBlank() || !seen.add(v.strip())) {
        return false;
      }
    }
    return true;
  }

  private String baseName(Obj c, int position) {
    String description = c.text("caseloadDescription");
    if (description != null && !description.isBlank()) {
      src.report.mapped("caseloads[].caseloadDescription", "/sectors/*/code/name");
      return HpcCategories.normalise(description);
    }
    Obj global = clusterCode(c).globalCluster();
    String globalName = global == null ? null
        : global.text("globalClusterName") != null ? global.text("globalClusterName") : global.text("name");
    if (globalName != null && !globalName.isBlank()) {
      src.report.defaulted("planGlobalClusters[].globalClusterName", "/sectors/*/code/name",
          "the caseload has no description: the name of its global cluster", globalName);
      return HpcCategories.normalise(globalName);
    }
    String entity = c.text("entityId");
    String ref = c.text("caseloadCustomRef");
    String name = entity != null ? "HPC cluster (entity " + entity + ")"
        : ref != null && !ref.isBlank() ? "HPC caseload " + ref.strip()
        : "HPC caseload " + (c.text("caseloadId") != null ? c.text("caseloadId") : String.valueOf(position + 1));
    src.report.defaulted(entity != null ? "caseloads[].entityId" : "caseloads[]", "/sectors/*/code/name",
        "the caseload has no description and no named global cluster", name);
    return name;
  }

  /** The cluster code of a caseload, and the planGlobalClusters entry it came from (null when none). */
  private record ClusterCode(@Nullable String code, @Nullable Obj globalCluster, String how) {}

  private ClusterCode clusterCode(Obj caseload) {
    String available = caseload.text("availableGlobalClusterCode");
    if (available != null && (available.isEmpty() || available.equalsIgnoreCase("n/a"))) {
      available = null;
    }
    String entity = caseload.text("entityId");
    List<Obj> candidates = entity == null ? List.of() : clustersByEntity.getOrDefault(entity, List.of());
    for (Obj c : candidates) {
      if (available != null && available.equals(c.text("globalClusterCode"))) {
        return new ClusterCode(available, c, "");
      }
    }
    if (candidates.size() == 1 && candidates.get(0).text("globalClusterCode") != null) {
      String code = candidates.get(0).text("globalClusterCode");
      return new ClusterCode(code, candidates.get(0), available == null ? ""
          : "availableGlobalClusterCode " + available + " differs from planGlobalClusters, which maps entity "
              + entity + " to " + code + "; the plan's mapping is used (as HDX does)");
    }
    if (available != null) {
      return new ClusterCode(available, null, "");
    }
    return new ClusterCode(null, null, candidates.isEmpty() ? "no global cluster for entity " + entity
        : "entity " + entity + " has several global clusters and the caseload names none");
  }

  /**
   * The sector of a cluster caseload: its IASC global cluster code, else a code of the plan's vocabulary
   * {@value #HPC_CLUSTER}, with the caseload's name (see {@link #name(List)}); its id is the code, made unique with
   * the caseload id.
   */
  Sector sector(Obj c, String pointer, Set<String> ids) {
    ClusterCode cluster = clusterCode(c);
    String description = c.text("caseloadDescription");
    String name = names.get(c);
    if (name == null) {
      name = baseName(c, ids.size());
    }
    Code code;
    if (cluster.code() != null && Vocabularies.builtIn(Vocabularies.IASC_CLUSTER).orElseThrow()
        .contains(cluster.code())) {
      code = Code.of(Vocabularies.IASC_CLUSTER, cluster.code(), name);
      if (cluster.how().isEmpty()) {
        src.report.mapped("caseloads[].availableGlobalClusterCode", "/sectors/*/code (iasc-cluster)");
      } else {
        src.report.defaulted("planGlobalClusters[].globalClusterCode", "/sectors/*/code (iasc-cluster)", cluster.how(),
            pointer);
      }
    } else {
      String own = cluster.code() != null ? cluster.code()
          : c.text("entityId") != null ? "entity-" + c.text("entityId")
          : "caseload-" + (c.text("caseloadId") == null ? pointer.substring(pointer.lastIndexOf('/') + 1)
              : c.text("caseloadId"));
      code = Code.of(HPC_CLUSTER, own, name);
      hpcClusterCodes.putIfAbsent(own, name);
      String why = cluster.code() != null ? "cluster code " + cluster.code() + " is not an IASC global cluster"
          : cluster.how();
      src.report.defaulted("caseloads[].entityId", "/sectors/*/code (hpc-cluster)",
          why + ": kept as a sector in the plan's vocabulary hpc-cluster", "hpc-cluster:" + own);
      Node at = c.member("availableGlobalClusterCode");
      Finding f = Finding.of(Rule.UNKNOWN_CODE, pointer + "/availableGlobalClusterCode",
          cluster.code() != null ? cluster.code() : c.text("availableGlobalClusterCode"), src.locale,
          Vocabularies.IASC_CLUSTER).withSeverity(Severity.WARNING);
      src.finding(at == null ? f : f.at(at.line(), at.column()));
    }
    String id = code.getCode();
    if (!ids.add(id)) {
      id = id + "-caseload-" + c.text("caseloadId");
      ids.add(id);
    }
    Sector.Builder s = Sector.builder().id(id).code(code);
    src.report.defaulted("caseloads[]", "/sectors/*/id",
        "the sector's code; -caseload-<caseloadId> is added when two caseloads have the same code", id);
    if (description != null && !description.isEmpty()) {
      s.description(description);
      src.report.mapped("caseloads[].caseloadDescription", "/sectors/*/description");
    }
    for (Map.Entry<String, Node> e : c.members().entrySet()) {
      String member = e.getKey();
      if (!HpcFigures.METRICS.containsKey(member) && !member.equals("disaggregatedAttachments")
          && !member.equals("caseloadDescription")) {
        src.keep(s::putExtensions, member, e.getValue(), "caseloads[]." + member, "/sectors/*");
      }
    }
    if (cluster.globalCluster() != null && cluster.globalCluster().member("globalClusterId") != null) {
      s.putExtensions("x-hpc-global-cluster-id", JsonTree.raw(cluster.globalCluster().member("globalClusterId")));
      src.report.kept("planGlobalClusters[].globalClusterId", "/sectors/*/x-hpc-global-cluster-id", null);
    }
    PeopleFigures people = figures.figures(c, pointer, "/sectors/*/people", new LinkedHashMap<>());
    if (people != null) {
      s.people(people);
    }
    return s.build();
  }
}
