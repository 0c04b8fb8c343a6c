"""Learning: a statistical text model beside the rules, and fitted scores for the rules.

* `tokens`  - what the model reads: words, character n-grams for scripts without spaces, URL
  domains, bucketed numbers and a few generic header features. Pure functions.
* `bayes`   - a SpamAssassin-style Bayes model (Robinson's token probabilities, Fisher's chi-square
  combining of the most significant tokens), saved as gzip JSON of per-token document counts.
* `active`  - which model triage uses (the site model when `[model] site_file` exists, else the
  shipped one) and its probability bands (data, in the configuration).
* `corpus`  - labelled examples from folders of .eml/mbox and from the team's verdicts in the store.
* `learn`   - `inquiry-triage learn`: train, prune, write the model and its manifest.
* `scores`  - the score table (rule name -> points) that replaces hand-set points by name.
* `fit`     - non-negative regularised logistic regression over hit names, cross-validated.

Pure Python on purpose: the process stays small and starts fast (no numpy in the triage path).
"""
