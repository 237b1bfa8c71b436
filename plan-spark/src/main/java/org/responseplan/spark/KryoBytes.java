package org.responseplan.spark;

import com.esotericsoftware.kryo.KryoException;
import com.esotericsoftware.kryo.io.Input;
import com.esotericsoftware.kryo.io.Output;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import org.responseplan.indicators.ReachAggregator;

/**
 * A {@link ReachAggregator} in a Kryo stream, in the compact form of its own serialization (the occupied cells and
 * the dictionaries), written as a length and bytes so that nothing is read past it.
 */
final class KryoBytes {
  private KryoBytes() {}

  static void write(Output out, ReachAggregator aggregator) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream o = new ObjectOutputStream(bytes)) {
      o.writeObject(aggregator);
    } catch (IOException e) {
      throw new KryoException(e);
    }
    out.writeInt(bytes.size());
    out.writeBytes(bytes.toByteArray());
  }

  static ReachAggregator read(Input in) {
    byte[] bytes = in.readBytes(in.readInt());
    try (ObjectInputStream o = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
      return (ReachAggregator) o.readObject();
    } catch (IOException | ClassNotFoundException e) {
      throw new KryoException(e);
    }
  }
}
