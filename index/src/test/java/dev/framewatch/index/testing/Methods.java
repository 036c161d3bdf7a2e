package dev.framewatch.index.testing;

import dev.framewatch.core.method.Method;
import dev.framewatch.core.method.MethodLoader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Variants of the shipped default method, written as method files the way a user would write one. */
public final class Methods {
  private Methods() {}

  /**
   * The default method under another name, version 1, with one setting added (e.g. {@code multiple = fractional}).
   *
   * @param dir where the method file goes
   */
  public static Method defaultVariant(Path dir, String name, String setting) throws IOException {
    String defaultFile;
    try (InputStream in = Methods.class.getClassLoader().getResourceAsStream("framewatch/methods/default.conf")) {
      defaultFile = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    Path file = dir.resolve(name + ".conf");
    Files.writeString(file, defaultFile + "\nname = \"" + name + "\"\nversion = \"1\"\n" + setting + "\n");
    return MethodLoader.load(file.toString());
  }
}
