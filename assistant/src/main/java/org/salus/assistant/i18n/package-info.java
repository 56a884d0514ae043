/**
 * The app's localised wording: one loader for the English and Spanish resource files every feature package reads;
 * it imports nothing of the app.
 */
package org.salus.assistant.i18n;
