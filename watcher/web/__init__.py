"""What watcher publishes over HTTP for people and their tools: pages, a calendar, a feed."""
