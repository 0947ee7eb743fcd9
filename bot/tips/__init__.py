"""Prevention tips: catalogue, subscriptions, scheduling and alerts."""
