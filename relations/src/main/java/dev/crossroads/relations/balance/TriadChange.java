package dev.crossroads.relations.balance;

import java.util.Optional;

/** A triad whose signs or presence changed between two dates (empty: not all three ties existed then). */
public record TriadChange(String key, Optional<Triad> before, Optional<Triad> after) {}
