/**
 * Actuator support: the {@code prism} endpoint, the {@code prism} health indicator and
 * migration metrics.
 */
package dev.prism.actuate;
