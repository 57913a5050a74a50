package dev.crossroads.core.model;

/** A person holding an office, or a body (ministry, company, fund, organisation). */
public enum ActorKind {
    PERSON,
    BODY
}
