# Obligations and the notification tracker: destinations, legal bases, triggers, stages, states,
# facts and deadlines. Shared by Rust and the UI.

