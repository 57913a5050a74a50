package dev.crossroads.relations.balance;

/** Three states whose three ties all carry a sign; balanced when the product of the signs is positive. */
public record Triad(String a, String b, String c, int signAB, int signAC, int signBC) {
    public boolean balanced() {
        return signAB * signAC * signBC > 0;
    }

    public String key() {
        return a + "-" + b + "-" + c;
    }

    public String signs() {
        return sign(signAB) + sign(signAC) + sign(signBC);
    }

    private static String sign(int s) {
        return s > 0 ? "+" : "-";
    }
}
