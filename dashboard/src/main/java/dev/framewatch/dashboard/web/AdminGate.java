package dev.framewatch.dashboard.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * Write actions (write the report now, and whatever else the application wires) need {@code dashboard.admin-token}, sent as
 * {@code Authorization: Bearer <token>}; without a configured token they are off. Compared in constant time, so response timing
 * tells nothing about how much of a guess was right.
 */
public final class AdminGate {
  private final byte[] token;

  public AdminGate(String token) {
    this.token = token == null || token.isBlank() ? null : token.getBytes(StandardCharsets.UTF_8);
  }

  public boolean enabled() {
    return token != null;
  }

  /** @return null when allowed, else the refusal's message */
  public String refuse(String authorization) {
    if (token == null) {
      return "write actions are off: set dashboard.admin-token to enable them";
    }
    if (authorization == null || !authorization.startsWith("Bearer ")) {
      return "this action needs the header 'Authorization: Bearer <dashboard.admin-token>'";
    }
    byte[] given = authorization.substring("Bearer ".length()).getBytes(StandardCharsets.UTF_8);
    return MessageDigest.isEqual(given, token) ? null : "wrong admin token";
  }
}
