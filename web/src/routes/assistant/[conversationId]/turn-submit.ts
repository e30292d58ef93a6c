import type { SubmitFunction } from '$app/forms';

/** The id of the chat's text field, where the focus goes after each turn. */
export const messageFieldId = 'assistant-message';

/**
 * How the chat's forms post with the page's script: the action answers with a redirect to the
 * conversation at the person's new turn, which SvelteKit follows and loads again, and the focus
 * goes to the text field for the next turn without scrolling away from the answer. The new
 * messages reach screen readers through the transcript's live region, which moving the focus
 * does not interrupt. A refusal shows on the page as without script, and the form keeps
 * what was typed.
 */
export const turnSubmit: SubmitFunction = ({ formElement }) => {
  return async ({ result, update }) => {
    // A refusal loads the conversation again too: after a conflict it shows where it stands.
    await update({ reset: false, refreshAll: true });
    if (result.type !== 'redirect') return;
    // The turn is sent: its form starts empty again (the text typed, a widget's choice).
    formElement.reset();
    const field = document.getElementById(messageFieldId);
    // A conversation that has ended has no text field: the focus stays where SvelteKit put it.
    if (field instanceof HTMLInputElement) field.focus({ preventScroll: true });
  };
};
