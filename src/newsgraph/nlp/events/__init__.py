"""Events between actors, coded in PLOVER: who did what to whom, when and where.

A cascade: a sentence is read only if it holds a predicate lemma of the language pack's
`event_predicates.tsv` and at least two actor mentions (or demonyms). Each predicate then takes
its arguments from the dependency parse, as its frame in the data file says (subject, object,
"à/avec/contre/entre X", "la visite de X", "frappes américaines", the subject of a light verb:
"organiser un sommet"). Arguments resolve to actors of the article's ActorIndex (a person acts as
themselves; their country is known through `Actor.country`), or to a state through a demonym.
Only interactions between actors of different states, or between a state and a foreign or
international actor, are kept (annotation guidelines §7). docs/events.md describes the rules.

The package, by job:
- `lexicon`: the word classes and dependency labels the rules read from the language pack;
- `predicates`: the predicate table and the matching of a token to a predicate;
- `article_view`: the article as the rules read it (mentions by token, dates, quotes, sources) and
  the resolved argument (`Arg`);
- `arguments`: argument resolution (actor look-up, coordination, antecedents, noun phrases);
- `nominals`: noun phrases that name an actor by their own words (a group, a people, a region);
- `subjects`: the subject of a predicate, through xcomp, conj, gerunds and the parser's misreadings;
- `voice`: passive voice and the agent ("par X");
- `noun_roles`: the roles around nouns (a participle's noun, who a noun predicate is for, apposition);
- `repairs`: the parser's common misreadings of who acts (inverted subject of an incise, a verb
  hung on its subject noun, a coordinated subject broken off);
- `slots`: where each role of a predicate is found (markers, prepositions, complements);
- `displaced`: a role the parser hung away from the predicate, read on the clause or the text;
- `frames`: the roles assembled into one frame (lists, reciprocity, followers, modes);
- `modality`: negated / hypothetical / future flags and the event's date;
- `found`: the typed result of one event (`FoundEvent`) and the international-interaction filter;
- `reactions`: reactions with no recipient named, and the actors remembered for later event nouns;
- `quote_events`: verbal events carried by quotes;
- `merging`: one event per interaction stated several times;
- `component`: the cascade over sentences, on `doc._.ng_events`.
"""
from .component import events_component, find_events
from .found import FoundEvent
from .merging import merge_repeats
from .predicates import Predicate, PredicateTable, predicate_table

__all__ = ["FoundEvent", "Predicate", "PredicateTable", "events_component", "find_events", "merge_repeats",
           "predicate_table"]
