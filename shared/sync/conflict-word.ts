/**
 * The word «conflict» as sync tools localise their copies' names (Dropbox and others translate it and document
 * none of it): English, German, Ukrainian and Russian. A name `article…json` that carries it is a conflict copy of
 * unknown source, never an article.
 */
export const CONFLICT_WORD = /conflict|konflikt|конфлікт|конфликт/iu;
