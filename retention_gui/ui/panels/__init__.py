"""Result tabs: overview cards, trend plots, cohorts, customers, data."""
