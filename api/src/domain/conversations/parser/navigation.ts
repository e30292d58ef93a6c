import type { ConversationIntent } from '@tenderwise/schema';
import { words } from './normalize.ts';

type Command = Extract<ConversationIntent, 'back' | 'next' | 'editScheme' | 'why'>;

/** Politeness and filler that do not change a command ("bitte zurück", "go back please"). */
const filler =
  /\b(bitte|please|mal|doch|lieber|einfach|just|ich|mochte|moechte|will|wurde|would|like|i|want|let|me|lets|us|wir|gerne|gern|jetzt|now|erst|noch|einmal|nochmal|kurz)\b/g;

const commands: [Command, RegExp][] = [
  [
    'back',
    /^(zuruck|zurueck|zuruck gehen|zurueck gehen|zuruckgehen|einen schritt zuruck|schritt zuruck|ein schritt zuruck|zum vorherigen schritt|vorheriger schritt|vorherige frage|zur vorherigen frage|zuruck zur letzten frage|back|go back|step back|one step back|go one step back|previous|previous step|back one step|go back one step|previous question|go to the previous step)$/,
  ],
  [
    'next',
    /^(weiter|weiter gehts|weiter geht s|nachster schritt|naechster schritt|nachste frage|uberspringen|ueberspringen|uberspring|skip|skip this|skip it|skip this step|skip this one|next|next step|next question|continue|move on|go on|diesen schritt uberspringen|das uberspringen|uberspringen wir|spater|later|egal weiter)$/,
  ],
  [
    'editScheme',
    /^(?:(?:das |im |zum |den )?(?:schema|bewertungsschema|scheme|schemaeditor|schema editor|scheme editor|editor)(?: direkt| selbst| selber)?(?: bearbeiten| andern| aendern| offnen| oeffnen| editieren)?|(?:(?:open|edit|change)(?: the)? (?:scheme|scheme editor|evaluation scheme)(?: directly| myself| manually)?)|(?:(?:open|go to)(?: the)? (?:scheme )?editor)|(?:edit|bearbeite) (?:it|es) (?:directly|direkt|myself|selbst))$/,
  ],
  [
    'why',
    /^(warum|wieso|weshalb|wozu|wofur|why|how come|what for|warum fragen sie das|warum fragst du das|wieso fragen sie das|weshalb fragen sie das|wozu brauchen sie das|wofur brauchen sie das|wozu ist das wichtig|warum ist das wichtig|warum ist das notig|wieso ist das wichtig|warum muss ich das angeben|wozu dient das|why do you ask|why do you need this|why do you need that|why is this needed|why does this matter|why is that needed|why is this important|why does that matter|why this question|what is this for|whats this for|what do you need this for|why are you asking)$/,
  ],
];

/** Back, next, the scheme editor, "why?": only when the whole turn says that and nothing else. */
export function readCommand(simplified: string): Command | undefined {
  const text = words(simplified.replace(filler, ' ')).join(' ');
  const command = text.replace(/^to /, '');
  return commands.find(([, pattern]) => pattern.test(command))?.[0];
}
