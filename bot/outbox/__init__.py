"""Messages the bot sends on its own initiative wait here until the sender delivers them."""
