/**
 * Prism sample application: customers and their orders.
 */
package dev.prism.sample;
