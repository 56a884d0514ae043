/**
 * Image input for the chat: a medication label or lab printout sent as a data URL is decoded in memory, its text
 * read by Tesseract OCR or a vision-capable LLM, and the medicines, strengths and lab tests found in it become the
 * question the grounded pipeline answers. Images and the text read from them are never stored or logged.
 */
package org.salus.assistant.image;
