/**
 * The input and output policy chains: the per-turn facts from triage, the rule, learned, crisis, harm, injection and
 * classifier policies, the output checks (lead first, fixed replies, system-prompt leaks), and the quoter that fences
 * corpus text for a prompt. It imports data, decision, learn and text, and not the guardrails entry point that runs it.
 */
package org.salus.guardrails.policy;
