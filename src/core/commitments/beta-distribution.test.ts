import { describe, expect, it } from 'vitest';
import {
  betaCdf,
  betaInterval,
  betaMean,
  betaQuantile,
  logGamma,
  regularizedIncompleteBeta,
} from './beta-distribution.js';

describe('the Beta distribution', () => {
  it('log-gamma matches factorials and Γ(½) = √π', () => {
    expect(logGamma(1)).toBeCloseTo(0, 13);
    expect(logGamma(5)).toBeCloseTo(Math.log(24), 13);
    expect(logGamma(11)).toBeCloseTo(Math.log(3628800), 12);
    expect(logGamma(0.5)).toBeCloseTo(Math.log(Math.sqrt(Math.PI)), 13);
    expect(logGamma(0.1)).toBeCloseTo(2.252712651734206, 12);
  });

  it('the regularized incomplete beta matches closed forms and reference values', () => {
    expect(regularizedIncompleteBeta(0.5, 2, 3)).toBeCloseTo(0.6875, 14);
    expect(regularizedIncompleteBeta(0.3, 10, 20)).toBeCloseTo(0.3640040810719437, 12);
    expect(regularizedIncompleteBeta(0.2, 0.5, 0.5)).toBeCloseTo(0.2951672353008665, 12);
    expect(regularizedIncompleteBeta(0.41, 200, 300)).toBeCloseTo(0.677628164772179, 10);
    // Beta(a, 1) has distribution function xᵃ; Beta(1, 1) is uniform.
    expect(betaCdf(0.7, 3, 1)).toBeCloseTo(0.343, 14);
    expect(betaCdf(0.37, 1, 1)).toBeCloseTo(0.37, 14);
    expect(betaCdf(0, 2, 2)).toBe(0);
    expect(betaCdf(1, 2, 2)).toBe(1);
  });

  it('quantiles: Beta(1,1) gives p, Beta(2,1) gives √p, and reference values elsewhere', () => {
    for (const p of [0.01, 0.05, 0.25, 0.5, 0.9, 0.95, 0.999])
      expect(betaQuantile(p, 1, 1)).toBeCloseTo(p, 12);
    expect(betaQuantile(0.05, 2, 1)).toBeCloseTo(Math.sqrt(0.05), 12);
    expect(betaQuantile(0.05, 2, 1)).toBeCloseTo(0.2236, 4);
    expect(betaQuantile(0.95, 2, 1)).toBeCloseTo(0.9746794344808963, 12);
    // Beta(1, 3): 1 − (1 − p)^(1/3).
    expect(betaQuantile(0.5, 1, 3)).toBeCloseTo(1 - 0.5 ** (1 / 3), 12);
    // Arcsine: sin²(πp/2).
    expect(betaQuantile(0.05, 0.5, 0.5)).toBeCloseTo(Math.sin((Math.PI * 0.05) / 2) ** 2, 11);
    const reference: Array<[number, number, number, number]> = [
      [0.05, 3, 5, 0.1287563928042427],
      [0.5, 3, 5, 0.3641160864480825],
      [0.95, 3, 5, 0.658738563844664],
      [0.05, 10, 20, 0.20049569764949937],
      [0.95, 10, 20, 0.4790119100069734],
      [0.05, 4, 2, 0.3425916819988613],
      [0.05, 101, 51, 0.6004449812066459],
      [0.95, 101, 51, 0.7260334550429253],
    ];
    for (const [p, a, b, q] of reference) expect(betaQuantile(p, a, b)).toBeCloseTo(q, 10);
  });

  it('the quantile inverts the distribution function', () => {
    for (const [a, b] of [
      [1, 1],
      [2, 7],
      [0.3, 0.8],
      [40, 3],
    ] as const) {
      for (const p of [0.001, 0.05, 0.5, 0.95, 0.999])
        expect(betaCdf(betaQuantile(p, a, b), a, b)).toBeCloseTo(p, 10);
    }
    expect(betaQuantile(0, 2, 3)).toBe(0);
    expect(betaQuantile(1, 2, 3)).toBe(1);
  });

  it('mean and equal-tailed interval', () => {
    expect(betaMean(3, 5)).toBe(0.375);
    expect(betaMean(1, 1)).toBe(0.5);
    const { low, high } = betaInterval(1, 1, 0.9);
    expect(low).toBeCloseTo(0.05, 12);
    expect(high).toBeCloseTo(0.95, 12);
  });

  it('refuses shapes that are not positive and probabilities outside [0, 1]', () => {
    expect(() => betaQuantile(0.5, 0, 1)).toThrow(RangeError);
    expect(() => betaQuantile(1.5, 1, 1)).toThrow(RangeError);
    expect(() => betaMean(-1, 2)).toThrow(RangeError);
  });
});
