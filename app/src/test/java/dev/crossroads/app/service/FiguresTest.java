package dev.crossroads.app.service;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FiguresTest {
    @Test
    void numbersAreGroupedAndKeepOnlyMeaningfulDecimals() {
        assertThat(Figures.number(800000)).isEqualTo("800,000");
        assertThat(Figures.number(1754000)).isEqualTo("1,754,000");
        assertThat(Figures.number(0.35)).isEqualTo("0.35");
        assertThat(Figures.number(36.20214)).isEqualTo("36.202");
        assertThat(Figures.number(-0.0001)).isEqualTo("0");
        assertThat(Figures.number(-12500.5)).isEqualTo("-12,500.5");
    }

    @Test
    void machineFormatsStayRaw() {
        assertThat(Figures.raw(800000)).isEqualTo("800000");
        assertThat(Figures.raw(0.35)).isEqualTo("0.35");
    }

    @Test
    void amountsUseBnAndMAndGroupTheRest() {
        assertThat(Figures.amount(216e9)).isEqualTo("216.00 bn");
        assertThat(Figures.amount(3e6)).isEqualTo("3.0 m");
        assertThat(Figures.amount(800000)).isEqualTo("800,000");
        assertThat(Figures.usd(-30e6)).isEqualTo("−$30.0 m");
        assertThat(Figures.usd(216e9)).isEqualTo("$216.0 bn");
        assertThat(Figures.usd(800000)).isEqualTo("$800,000");
    }

    @Test
    void measuresScoresAndShares() {
        assertThat(Figures.measure(12160)).isEqualTo("12,160");
        assertThat(Figures.measure(0.48)).isEqualTo("0.48");
        assertThat(Figures.signed(-38.678)).isEqualTo("-38.68");
        assertThat(Figures.percent(0.858)).isEqualTo("85.8%");
        assertThat(Figures.whole(266959.4)).isEqualTo("266,959");
    }
}
