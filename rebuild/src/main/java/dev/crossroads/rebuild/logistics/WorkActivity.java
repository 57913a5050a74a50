package dev.crossroads.rebuild.logistics;

/**
 * A work package under way in the period: asset class, region, the road node where its materials are
 * delivered, and how many units it completes per month.
 */
public record WorkActivity(String workPackage, String region, String assetClass, String site, double unitsPerMonth) {
    public WorkActivity {
        if (workPackage == null || workPackage.isBlank() || region == null || assetClass == null || site == null) {
            throw new IllegalArgumentException("a work activity needs a work package, region, asset class and site");
        }
        if (!(unitsPerMonth >= 0)) {
            throw new IllegalArgumentException("work package " + workPackage + ": unitsPerMonth must not be negative");
        }
    }
}
