"""Event coding: ontology, lexicons and coders."""
