package org.responseplan.model;

import java.util.Map;

/**
 * A value that carries extensions: members the model has no field for, keyed by their JSON name.
 *
 * <p>In JSON they are written as members of the object itself, after the known ones. Names that start with
 * {@code x-} are always accepted; other unknown names are kept only by a lenient reader. Importers use extensions so
 * that nothing from the source is lost.
 */
public interface Extensible {
  /**
   * Extension members: values the model has no field for.
   *
   * @return the members by JSON name, in the order they were read or added; empty when there are none
   */
  Map<String, RawJson> getExtensions();
}
