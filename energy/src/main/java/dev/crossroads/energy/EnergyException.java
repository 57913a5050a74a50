package dev.crossroads.energy;

/** A request the energy engine cannot answer as asked (unknown id, empty network, solver failure); the message says why. */
public final class EnergyException extends RuntimeException {
    public EnergyException(String message) {
        super(message);
    }
}
