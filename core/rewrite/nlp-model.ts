/**
 * The English model, built once. The bundled front ends load this file as its
 * own bundle (dist/nlp.cjs) on the first rewrite, so a lint never pays for it.
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

export const nlp = winkNLP(model, ['sbd', 'pos']);
